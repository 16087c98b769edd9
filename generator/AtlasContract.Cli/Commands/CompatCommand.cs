using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Compat;

namespace AtlasContract.Cli.Commands;

/// <summary><c>compat OLD NEW</c>: can a consumer of OLD's response read NEW's response?</summary>
internal static class CompatCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var line = new CommandLine(args, Output.Set(), Output.Set("format", "output", "old-operation", "new-operation", "status"));
        var oldPath = line.Arg(0, "OLD");
        var newPath = line.Arg(1, "NEW");
        line.NoMorePositional(2);
        var format = Output.Format(line);
        var (old, now) = DiffCommand.LoadPair(oldPath, newPath);

        var report = CompatChecker.Check(old, now, new CompatOptions(line.Value("old-operation"), line.Value("new-operation"), line.Value("status")));

        Output.Write(line, Render(report, format), stdout);
        return report.Compatible ? Cli.Passed : Cli.GateFailed;
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
