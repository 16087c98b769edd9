using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli;

internal enum ReportFormat
{
    Text,
    Json,
    Markdown,
    JUnit,
    GitHubActions,
    Sarif,
}

/// <summary>Shared option handling and output for the commands.</summary>
internal static class Output
{
    public static ReportFormat Format(string? text) => text?.ToLowerInvariant() switch
    {
        null or "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "markdown" or "md" => ReportFormat.Markdown,
        "junit" => ReportFormat.JUnit,
        "githubactions" or "github" => ReportFormat.GitHubActions,
        "sarif" => ReportFormat.Sarif,
        var other => throw new UsageException($"--format: '{other}' is not text, json, markdown, junit, githubactions or sarif"),
    };

    public static Level FailOn(string? text) =>
        text is null ? Level.Err
        : Levels.TryParse(text, out var level) ? level
        : throw new UsageException($"--fail-on: '{text}' is not ERR, WARN or INFO");

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
}
