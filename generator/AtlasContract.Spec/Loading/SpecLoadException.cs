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

    private static string Format(string source, string problem, long line, long column) =>
        line > 0 ? $"{source}:{line}:{column}: {problem}" : $"{source}: {problem}";
}
