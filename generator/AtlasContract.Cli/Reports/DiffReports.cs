using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Cli.Reports;

/// <summary>A diff report in each of the formats the CLI writes.</summary>
internal static class DiffReports
{
    public static string Render(DiffReport report, ReportFormat format, Level failOn) => format switch
    {
        ReportFormat.Json => Json(report, failOn),
        ReportFormat.Markdown => Markdown(report, failOn),
        ReportFormat.JUnit => JUnit.Suite("atlas-contract diff", Cases(report, failOn)),
        _ => Text(report, failOn),
    };

    public static string Summary(DiffReport report, Level failOn)
    {
        var allowed = report.Findings.Count(f => f.AllowedBecause is not null);
        var verdict = report.Fails(failOn) ? "FAIL" : "pass";
        return $"{report.Findings.Count} findings: {report.Count(Level.Err)} ERR, {report.Count(Level.Warn)} WARN, {report.Count(Level.Info)} INFO, {allowed} allowed; failing on {failOn.Name()}: {verdict}";
    }

    public static IEnumerable<JUnit.Case> Cases(DiffReport report, Level failOn, string prefix = "") =>
        report.Findings.Select(f => new JUnit.Case(
            $"{prefix}{f.RuleId}: {f.Operation} {f.JsonPath}".Trim(),
            f.RuleId,
            f.AllowedBecause is null && f.Level >= failOn ? $"{f.Level.Name()} {f.RuleId}: {f.Message}" : null,
            f.AllowedBecause is null ? null : "allowed: " + f.AllowedBecause));

    private static string Text(DiffReport report, Level failOn)
    {
        var text = new StringBuilder();
        text.AppendLine($"atlas-contract diff {report.BaseSource} -> {report.RevisionSource}");
        foreach (var f in report.Findings)
        {
            text.AppendLine($"{f.Level.Name(),-4} {f.RuleId}: {f.Message}{(f.AllowedBecause is null ? string.Empty : $" [allowed: {f.AllowedBecause}]")}");
            text.AppendLine($"     at {f.Location}");
        }

        foreach (var expired in report.ExpiredAllowances)
        {
            text.AppendLine($"note: the allowance for {expired.Rule} expired on {expired.Expires:yyyy-MM-dd} and no longer applies ({expired.Reason})");
        }

        text.AppendLine(Summary(report, failOn));
        return text.ToString();
    }

    private static string Json(DiffReport report, Level failOn)
    {
        var root = new JsonObject
        {
            ["base"] = report.BaseSource,
            ["revision"] = report.RevisionSource,
            ["failOn"] = failOn.Name(),
            ["failed"] = report.Fails(failOn),
            ["counts"] = new JsonObject
            {
                ["ERR"] = report.Count(Level.Err),
                ["WARN"] = report.Count(Level.Warn),
                ["INFO"] = report.Count(Level.Info),
                ["allowed"] = report.Findings.Count(f => f.AllowedBecause is not null),
            },
            ["findings"] = new JsonArray(report.Findings.Select(f => (JsonNode)new JsonObject
            {
                ["id"] = f.RuleId,
                ["level"] = f.Level.Name(),
                ["operation"] = f.Operation,
                ["path"] = f.JsonPath,
                ["location"] = f.Location,
                ["message"] = f.Message,
                ["allowedBecause"] = f.AllowedBecause,
            }).ToArray()),
            ["expiredAllowances"] = new JsonArray(report.ExpiredAllowances.Select(a => (JsonNode)new JsonObject
            {
                ["rule"] = a.Rule,
                ["reason"] = a.Reason,
                ["expires"] = a.Expires?.ToString("yyyy-MM-dd"),
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Markdown(DiffReport report, Level failOn)
    {
        var md = new StringBuilder();
        md.AppendLine($"### Breaking-change report: `{report.BaseSource}` → `{report.RevisionSource}`").AppendLine();
        md.AppendLine(Summary(report, failOn)).AppendLine();
        if (report.Findings.Count > 0)
        {
            md.AppendLine("| Level | Rule | Operation | Path | Message |");
            md.AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var f in report.Findings)
            {
                var level = f.AllowedBecause is null ? f.Level.Name() : $"{f.Level.Name()} (allowed: {Markdowns.Cell(f.AllowedBecause)})";
                md.AppendLine($"| {level} | `{f.RuleId}` | `{Markdowns.Cell(f.Operation)}` | `{Markdowns.Cell(f.JsonPath)}` | {Markdowns.Cell(f.Message)} |");
            }
        }

        return md.ToString();
    }
}

internal static class Markdowns
{
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
