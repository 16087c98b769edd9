namespace AtlasContract.Cli.Tests.Fuzz;

/// <summary>
/// One hostile run of the CLI: the arguments, and the file the hostility is in (null when the arguments are the
/// hostile part). Shared by the fuzz tests and the long run under <c>benchmarks/FuzzLongRun</c>.
/// </summary>
public sealed record FuzzCase(string Family, int Index, string[] Args, string? Culprit)
{
    /// <summary>
    /// The exit-code promise: 0 or 1; or 2 with exactly one line that, when it reports a file error, names the
    /// hostile file. Anything else (3, a stack trace, several lines, another file blamed) is a violation.
    /// </summary>
    /// <returns>Null when the promise holds, else what broke it.</returns>
    public string? Violation(int exit, string stderr)
    {
        switch (exit)
        {
            case 0 or 1:
                return null;
            case 2:
                var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length != 1)
                {
                    return $"exit 2 with {lines.Length} lines on stderr";
                }

                if (Culprit is not null && lines[0].StartsWith("atlas-contract: error: ", StringComparison.Ordinal) && !lines[0].Contains(Path.GetFileName(Culprit), StringComparison.Ordinal))
                {
                    return $"exit 2 without naming {Path.GetFileName(Culprit)}";
                }

                return null;
            default:
                return $"exit {exit}";
        }
    }

    public override string ToString() => $"{Family} #{Index}: atlas-contract {string.Join(' ', Args.Select(Quote))}";

    private static string Quote(string arg) =>
        arg.Length == 0 || arg.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? "'" + string.Concat(arg.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString())) + "'"
        : arg.Length > 120 ? arg[..120] + "…" : arg;
}
