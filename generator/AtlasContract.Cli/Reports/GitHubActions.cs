using System.Text;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Cli.Reports;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error file=…,line=…,title=…::message</c> per finding (warning
/// below the threshold, notice for INFO and allowed ones), so each shows on the fragment's line in the PR.
/// </summary>
internal static class GitHubActions
{
    public static string Render(IEnumerable<LocatedFinding> findings, Level failOn)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            var command = f.Fails(failOn) ? "error" : f.Finding.Level == Level.Info || f.Finding.AcceptedBecause is not null ? "notice" : "warning";
            var message = $"{f.Finding.Level.Name()} {f.Finding.RuleId}: {f.Finding.Message}" + (f.Finding.AcceptedBecause is null ? string.Empty : $" (allowed: {f.Finding.AcceptedBecause})");
            text.Append($"::{command} file={Property(f.File)},line={f.Line},title={Property(f.Finding.RuleId)}::{Data(message)}\n");
        }

        return text.ToString();
    }

    /// <summary>A workflow-command annotation for a check that failed without a finding (no file position).</summary>
    public static string Error(string title, string message) => $"::error title={Property(title)}::{Data(message)}\n";

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
