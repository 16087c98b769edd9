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

    public static IEnumerable<JUnit.Case> Cases(DiffReport report, Level failOn, string prefix = "") =>
        report.Findings.Select(f => new JUnit.Case(
            $"{prefix}{f.RuleId}: {f.Operation} {f.JsonPath}".Trim(),
            f.RuleId,
            f.AllowedBecause is null && f.Level >= failOn ? $"{f.Level.Name()} {f.RuleId}: {f.Message}" : null,
            f.AllowedBecause is null ? null : "allowed: " + f.AllowedBecause));

    /// <summary>Operations listed per group in text and Markdown; JSON lists every one.</summary>
    private const int Listed = 8;

    private static string Text(DiffReport report, Level failOn)
    {
        var text = new StringBuilder();
        text.AppendLine($"atlas-contract diff {report.BaseSource} -> {report.RevisionSource}");
        foreach (var g in report.Groups)
        {
            var allowed = g.AllowedBecause is null ? string.Empty : $" [allowed: {g.AllowedBecause}]";
            if (g.Findings.Count == 1)
            {
                text.AppendLine($"{g.Level.Name(),-4} {g.RuleId}: {g.First.Message}{allowed}");
                text.AppendLine($"     at {g.First.Location}");
                continue;
            }

            var where = g.WhereIsSentence ? $": {g.Where.TrimEnd('.')}" : $" at {g.Where}";
            text.AppendLine($"{g.Level.Name(),-4} {g.RuleId}{where}: {Count(g)}{allowed}");
            text.AppendLine($"     e.g. {g.First.Message}");
            if (g.Values.Count > 1)
            {
                text.AppendLine($"     values: {Values(g)}");
            }

            text.AppendLine($"     in {Operations(g)}");
        }

        foreach (var expired in report.ExpiredAllowances)
        {
            text.AppendLine($"note: the allowance for {expired.Rule} expired on {expired.Expires:yyyy-MM-dd} and no longer applies ({expired.Reason})");
        }

        text.AppendLine(report.Summary(failOn));
        return text.ToString();
    }

    private static string Count(FindingGroup g) =>
        $"{g.Findings.Count} findings in {g.Operations.Count} operation{(g.Operations.Count == 1 ? string.Empty : "s")}";

    private static string Values(FindingGroup g) =>
        string.Join(", ", g.Values.Take(Listed * 4)) + (g.Values.Count > Listed * 4 ? $", and {g.Values.Count - (Listed * 4)} more" : string.Empty);

    /// <summary>The first affected operations with their statuses, and how many more (JSON lists them all).</summary>
    private static string Operations(FindingGroup g)
    {
        var shown = g.Level == Level.Err ? Listed * 2 : Listed;
        var listed = g.Operations.Take(shown).Select(op =>
        {
            var statuses = g.Findings.Where(f => f.Operation == op && f.Status is not null).Select(f => f.Status).Distinct().ToList();
            return statuses.Count == 0 ? op : $"{op} ({string.Join(", ", statuses)})";
        });
        var more = g.Operations.Count - shown;
        return string.Join("; ", listed) + (more > 0 ? $"; and {more} more (--format json lists every one)" : string.Empty);
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
                ["status"] = f.Status,
                ["location"] = f.Location,
                ["origin"] = f.Origin,
                ["message"] = f.Message,
                ["allowedBecause"] = f.AllowedBecause,
            }).ToArray()),
            ["groups"] = new JsonArray(report.Groups.Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g.RuleId,
                ["level"] = g.Level.Name(),
                ["where"] = g.Where,
                ["message"] = g.First.Message,
                ["findings"] = g.Findings.Count,
                ["values"] = new JsonArray(g.Values.Select(v => (JsonNode)v).ToArray()),
                ["operations"] = new JsonArray(g.Operations.Select(o => (JsonNode)o).ToArray()),
                ["allowedBecause"] = g.AllowedBecause,
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

    /// <summary>What a pull-request comment holds (GitHub: 65,536), with room for what a pipeline puts around it.</summary>
    public const int MarkdownLimit = 60_000;

    /// <summary>
    /// The Markdown summary: counts, then the groups by level (most severe first), as many as fit in
    /// <paramref name="limit"/> characters, then how many more the full report holds (<paramref name="fullReport"/>
    /// names that file; without one, <c>--format json</c> lists every finding).
    /// </summary>
    public static string Markdown(DiffReport report, Level failOn, int limit = MarkdownLimit, string? fullReport = null)
    {
        var md = new StringBuilder();
        md.AppendLine($"### Breaking-change report: `{report.BaseSource}` → `{report.RevisionSource}`").AppendLine();
        md.AppendLine(report.Summary(failOn)).AppendLine();
        var shown = 0;
        foreach (var level in report.Groups.Select(g => g.Level).Distinct())
        {
            var groups = report.Groups.Where(g => g.Level == level).ToList();
            var header = $"#### {level.Name()}: {groups.Count} change{(groups.Count == 1 ? string.Empty : "s")}\n\n| Rule | Where | Operations | Message |\n| --- | --- | --- | --- |\n";
            var rows = groups.Select(Row).ToList();
            if (md.Length + header.Length + rows[0].Length + Footer(report, shown, fullReport).Length > limit)
            {
                break;
            }

            md.Append(header);
            foreach (var row in rows)
            {
                if (md.Length + row.Length + Footer(report, shown + 1, fullReport).Length + 1 > limit)
                {
                    break;
                }

                md.Append(row);
                shown++;
            }

            md.AppendLine();
            if (shown < report.Groups.Count(g => g.Level >= level))
            {
                break;
            }
        }

        return md.Append(Footer(report, shown, fullReport)).ToString();
    }

    private static string Row(FindingGroup g)
    {
        var rule = g.AllowedBecause is null ? $"`{g.RuleId}`" : $"`{g.RuleId}` (allowed: {Markdowns.Cell(g.AllowedBecause)})";
        var operations = g.Findings.Count == 1 ? $"`{Markdowns.Cell(g.First.Operation)}`" : Markdowns.Cell($"{Count(g)}: {Operations(g)}");
        var values = g.Values.Count > 1 ? $" Values: {Values(g)}" : string.Empty;
        var where = g.WhereIsSentence ? Markdowns.Cell(g.Where) : $"`{Markdowns.Cell(g.Where)}`";
        return $"| {rule} | {where} | {operations} | {Markdowns.Cell(g.First.Message + values)} |\n";
    }

    /// <summary>Nothing when every group is shown; else how many groups and findings are left out, and where they are.</summary>
    private static string Footer(DiffReport report, int shown, string? fullReport)
    {
        var left = report.Groups.Skip(shown).ToList();
        if (left.Count == 0)
        {
            return string.Empty;
        }

        var where = fullReport is null ? "`--format json` lists every finding" : $"`{fullReport}`";
        var levels = string.Join(", ", left.GroupBy(g => g.Level).Select(g => $"{g.Count()} {g.Key.Name()}"));
        return $"**{left.Count} more changes ({levels}; {left.Sum(g => g.Findings.Count)} findings) in the full report:** {where}.\n";
    }
}

internal static class Markdowns
{
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
