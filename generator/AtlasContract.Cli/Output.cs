using System.Text;
using AtlasContract.Spec.Diff;

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

    /// <summary>Writes to --output (atomically: a half-written report never replaces a good one) or stdout.</summary>
    public static void Write(string? path, string content, TextWriter stdout)
    {
        if (path is null)
        {
            stdout.Write(content);
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllText(temp, content, new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
