using System.Text.Json.Nodes;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Cli.Tests.Reports;

public class DiffReportsTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static DiffReport Real(string from, string to) =>
        SpecDiff.Compare(SpecLoader.Load(RepoPaths.AtlasSpec(from)), SpecLoader.Load(RepoPaths.AtlasSpec(to)), today: Today);

    [Test]
    public void Render_TextOfAYearOfRealRevisions_FitsInThreeThousandLinesLeadingWithErr()
    {
        var report = Real("2025-10-08", "2026-07-31");

        var lines = DiffReports.Render(report, ReportFormat.Text, Level.Err).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Has.Length.LessThanOrEqualTo(3000), "the grouped report (ungrouped it was 129,048 lines)");
        Assert.That(lines[1], Does.StartWith("ERR "));
        Assert.That(lines.Count(l => l.StartsWith("ERR ", StringComparison.Ordinal) || l.StartsWith("WARN ", StringComparison.Ordinal) || l.StartsWith("INFO ", StringComparison.Ordinal)), Is.EqualTo(report.Groups.Count));
    }

    [Test]
    public void Render_JsonOfRealRevisions_KeepsEveryAffectedOperation()
    {
        var report = Real("2026-07-31", "2026-08-21");

        var json = JsonNode.Parse(DiffReports.Render(report, ReportFormat.Json, Level.Err))!;

        Assert.That(json["findings"]!.AsArray(), Has.Count.EqualTo(report.Findings.Count));
        Assert.That(json["groups"]!.AsArray().Sum(g => g!["findings"]!.GetValue<int>()), Is.EqualTo(report.Findings.Count));
        Assert.That(json["groups"]!.AsArray().Sum(g => g!["operations"]!.AsArray().Count), Is.EqualTo(report.Groups.Sum(g => g.Operations.Count)));
    }

    [Test]
    public void Render_MarkdownOfRealRevisions_HasOneRowPerGroup()
    {
        var report = Real("2026-07-31", "2026-08-21");

        var markdown = DiffReports.Render(report, ReportFormat.Markdown, Level.Err);

        Assert.That(markdown.Split('\n').Count(l => l.StartsWith("| ERR", StringComparison.Ordinal) || l.StartsWith("| WARN", StringComparison.Ordinal) || l.StartsWith("| INFO", StringComparison.Ordinal)), Is.EqualTo(report.Groups.Count));
    }
}
