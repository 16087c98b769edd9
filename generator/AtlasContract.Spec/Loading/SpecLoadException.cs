namespace AtlasContract.Spec.Loading;

/// <summary>
/// The one error type for unreadable input: names the source and, where known, the line and column.
/// </summary>
public sealed class SpecLoadException : Exception
{
    public SpecLoadException(string source, string problem, long line = 0, long column = 0, Exception? inner = null)
        : base(Format(source, problem, line, column), inner)
    {
        Source = source;
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>The file name (or label) of the input.</summary>
    public new string Source { get; }

    public string Problem { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public long Line { get; }

    public long Column { get; }

    /// <summary>Always one line: control characters from the input (a key with a newline, …) are shown escaped.</summary>
    private static string Format(string source, string problem, long line, long column) =>
        OneLine(line > 0 ? $"{source}:{line}:{column}: {problem}" : $"{source}: {problem}");

    private static string OneLine(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) => $"\\u{(int)c:x4}",
            _ => c.ToString(),
        })) : text;
}
