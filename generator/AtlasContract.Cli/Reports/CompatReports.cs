using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Gate.Checks;

namespace AtlasContract.Cli.Reports;

/// <summary>A compat report in each of the formats the CLI writes.</summary>
internal static class CompatReports
{
    public static string Render(CompatReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => Json(report),
        ReportFormat.JUnit => JUnit.Suite("atlas-contract compat", Cases(report)),
        ReportFormat.Markdown => Markdown(report),
        _ => Text(report),
    };

    public static IEnumerable<JUnit.Case> Cases(CompatReport report) =>
        report.Rows.Where(r => r.Old is not null).Select(r => new JUnit.Case(r.Path, "compat", r.Breaks ? r.ToString() : null));

    public static string Markdown(CompatReport report)
    {
        var md = new StringBuilder($"### Compatibility: {report.Old} → {report.New}\n\n{CompatCheck.Summary(report)}\n\n| Field | Old | New | Verdict |\n| --- | --- | --- | --- |\n");
        foreach (var r in report.Rows)
        {
            md.AppendLine($"| `{r.Path}` | {r.Old?.ToString() ?? "-"} | {r.New?.ToString() ?? "-"}{(r.NewPath is null ? string.Empty : $" at `{r.NewPath}`")} | {r.VerdictName}{(r.Hint is null ? string.Empty : " (" + Markdowns.Cell(r.Hint) + ")")} |");
        }

        return md.ToString();
    }

    private static string Json(CompatReport report) => new JsonObject
    {
        ["old"] = report.Old,
        ["new"] = report.New,
        ["compatible"] = report.Compatible,
        ["fields"] = new JsonArray(report.Rows.Select(r => (JsonNode)new JsonObject
        {
            ["path"] = r.Path,
            ["old"] = r.Old?.ToString(),
            ["new"] = r.New?.ToString(),
            ["newPath"] = r.NewPath,
            ["verdict"] = r.VerdictName,
            ["hint"] = r.Hint,
        }).ToArray()),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static string Text(CompatReport report)
    {
        var text = new StringBuilder($"atlas-contract compat {report.Old} -> {report.New}\n");
        foreach (var r in report.Rows)
        {
            text.AppendLine(r.ToString());
        }

        return text.AppendLine(CompatCheck.Summary(report)).ToString();
    }
}
