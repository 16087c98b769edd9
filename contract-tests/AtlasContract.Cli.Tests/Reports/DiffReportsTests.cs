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
    public void Render_GroupOfOperationsRemoved_TellsTheChangeInWordsNotAfterAt()
    {
        const string Before = """
            openapi: 3.0.3
            info: { title: t, version: '1' }
            paths:
              /a: { get: { responses: { '204': { description: ok } } } }
              /b: { get: { responses: { '204': { description: ok } } } }
              /c: { get: { responses: { '204': { description: ok } } } }
            """;
        var report = SpecDiff.Compare(SpecLoader.Parse(Before, "a.yaml"), SpecLoader.Parse(Before.Replace("  /a:", "  /x:", StringComparison.Ordinal).Replace("  /b:", "  /y:", StringComparison.Ordinal), "b.yaml"), today: Today);

        var text = DiffReports.Render(report, ReportFormat.Text, Level.Err);
        var markdown = DiffReports.Render(report, ReportFormat.Markdown, Level.Err);

        Assert.That(text, Does.Contain("api-path-removed-without-deprecation: each operation was removed with its whole path, without being deprecated first: 2 findings in 2 operations"));
        Assert.That(text, Does.Not.Contain(" at each operation"));
        Assert.That(markdown, Does.Contain("| each operation was removed with its whole path, without being deprecated first. |"));
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
    public void Render_MarkdownOfRealRevisions_HasOneRowPerGroupUnderItsLevel()
    {
        var report = Real("2026-07-31", "2026-08-21");

        var markdown = DiffReports.Render(report, ReportFormat.Markdown, Level.Err);

        Assert.That(markdown.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal)), Is.EqualTo(report.Groups.Count));
        Assert.That(markdown, Does.Contain($"#### ERR: {report.Groups.Count(g => g.Level == Level.Err)} changes"));
        Assert.That(markdown, Does.Not.Contain("more changes"));
    }

    [Test]
    public void Markdown_OfAYearOfRealRevisions_FitsAPullRequestCommentAndCountsWhatIsLeftOut()
    {
        var report = Real("2025-10-08", "2026-07-31");

        var markdown = DiffReports.Markdown(report, Level.Err, fullReport: "diff.full.md");

        Assert.That(markdown, Has.Length.LessThanOrEqualTo(DiffReports.MarkdownLimit));
        var rows = markdown.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal));
        Assert.That(rows, Is.LessThan(report.Groups.Count));
        Assert.That(markdown, Does.Contain($"**{report.Groups.Count - rows} more changes (").And.Contain("in the full report:** `diff.full.md`."));
        Assert.That(markdown.IndexOf("#### ERR", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("#### WARN", StringComparison.Ordinal)), "ERR groups come first");
        Assert.That(report.Groups.Where(g => g.Level == Level.Err).All(g => markdown.Contains($"`{g.RuleId}`", StringComparison.Ordinal)), Is.True, "every ERR group fits");
    }

    [TestCase(2_000)]
    [TestCase(9_000)]
    public void Markdown_UnderAnyLimit_StaysWithinIt(int limit)
    {
        var report = Real("2026-07-31", "2026-08-21");

        var markdown = DiffReports.Markdown(report, Level.Err, limit);

        Assert.That(markdown, Has.Length.LessThanOrEqualTo(limit));
        Assert.That(markdown, Does.Contain("more changes").And.Contain("`--format json` lists every finding"));
    }
}
