using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Compat;

namespace AtlasContract.Cli.Commands;

/// <summary><c>compat OLD NEW</c>: can a consumer of OLD's response read NEW's response?</summary>
internal static class CompatCommand
{
    public static Command Create(TextWriter stdout)
    {
        var oldPath = new Argument<string>("OLD") { Description = "The document the consumer was written against" };
        var newPath = new Argument<string>("NEW") { Description = "The document it moves to" };
        var oldOperation = new Option<string?>("--old-operation") { Description = "operationId in OLD (default: the only GET)", HelpName = "ID" };
        var newOperation = new Option<string?>("--new-operation") { Description = "operationId in NEW (default: the only GET)", HelpName = "ID" };
        var status = new Option<string?>("--status") { Description = "Response status to compare (default 200)", HelpName = "CODE" };
        var format = CliOptions.Format("text, json, markdown, junit");
        var output = CliOptions.Output();
        var command = new Command("compat", "Can a consumer of OLD's response read NEW's? Field by field (exit 1 when a field it reads breaks).")
        {
            oldPath, newPath, oldOperation, newOperation, status, format, output,
        };
        command.WithExample("atlas-contract compat spec/atlas-v1.0/getOrgInvites.yaml spec/atlas-v2/listOrgInvites.yaml");
        command.SetAction(r =>
        {
            var reportFormat = Output.Format(r.GetValue(format));
            var (old, now) = DiffCommand.LoadPair(r.GetValue(oldPath)!, r.GetValue(newPath)!);
            var report = CompatChecker.Check(old, now, new CompatOptions(r.GetValue(oldOperation), r.GetValue(newOperation), r.GetValue(status)));
            Output.Write(r.GetValue(output), Render(report, reportFormat), stdout);
            return report.Compatible ? Cli.Passed : Cli.GateFailed;
        });
        return command;
    }


    public static string Summary(CompatReport report)
    {
        var broken = report.Rows.Count(r => r.Breaks);
        return $"{report.Rows.Count(r => r.Old is not null)} fields read by old consumers: {broken} broken; {report.Rows.Count(r => r.Verdict == CompatVerdict.Added)} new fields: {(report.Compatible ? "compatible" : "INCOMPATIBLE")}";
    }

    public static string Render(CompatReport report, ReportFormat format)
    {
        switch (format)
        {
            case ReportFormat.Json:
                return new JsonObject
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
            case ReportFormat.JUnit:
                return JUnit.Suite("atlas-contract compat", Cases(report));
            case ReportFormat.Markdown:
                var md = new StringBuilder($"### Compatibility: {report.Old} → {report.New}\n\n{Summary(report)}\n\n| Field | Old | New | Verdict |\n| --- | --- | --- | --- |\n");
                foreach (var r in report.Rows)
                {
                    md.AppendLine($"| `{r.Path}` | {r.Old?.ToString() ?? "-"} | {r.New?.ToString() ?? "-"}{(r.NewPath is null ? string.Empty : $" at `{r.NewPath}`")} | {r.VerdictName}{(r.Hint is null ? string.Empty : " (" + Markdowns.Cell(r.Hint) + ")")} |");
                }

                return md.ToString();
            default:
                var text = new StringBuilder($"atlas-contract compat {report.Old} -> {report.New}\n");
                foreach (var r in report.Rows)
                {
                    text.AppendLine(r.ToString());
                }

                return text.AppendLine(Summary(report)).ToString();
        }
    }

    public static IEnumerable<JUnit.Case> Cases(CompatReport report) =>
        report.Rows.Where(r => r.Old is not null).Select(r => new JUnit.Case(r.Path, "compat", r.Breaks ? r.ToString() : null));
}
