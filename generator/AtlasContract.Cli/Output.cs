using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli;

internal enum ReportFormat
{
    Text,
    Json,
    Markdown,
    JUnit,
}

/// <summary>Shared option handling and output for the commands.</summary>
internal static class Output
{
    public static readonly HashSet<string> FormatOptions = ["format", "output"];

    public static ReportFormat Format(CommandLine line) => line.Value("format")?.ToLowerInvariant() switch
    {
        null or "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "markdown" or "md" => ReportFormat.Markdown,
        "junit" => ReportFormat.JUnit,
        var other => throw new UsageException($"--format: '{other}' is not text, json, markdown or junit"),
    };

    public static Level FailOn(CommandLine line) =>
        line.Value("fail-on") is not { } text ? Level.Err
        : Levels.TryParse(text, out var level) ? level
        : throw new UsageException($"--fail-on: '{text}' is not ERR, WARN or INFO");

    /// <summary>Writes to --output (atomically: a half-written report never replaces a good one) or stdout.</summary>
    public static void Write(CommandLine line, string content, TextWriter stdout) => Write(line.Value("output"), content, stdout);

    /// <summary>
    /// No path or <c>-</c>: stdout. A regular file is replaced atomically; a device, pipe or a symlink to one is
    /// written through (never replaced); a folder, an empty path or <c>/</c> is refused (exit 2).
    /// </summary>
    public static void Write(string? path, string content, TextWriter stdout)
    {
        if (path is null or "-")
        {
            stdout.Write(content);
            return;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("--output: an empty path names no file (use - for stdout)");
        }

        Files.Write(path, content);
    }

    public static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
