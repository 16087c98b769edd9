using System.CommandLine;
using System.Text;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Upstream;

namespace AtlasContract.Cli.Commands.Upstream;

/// <summary>
/// <c>upstream FULL_SPEC</c>: has MongoDB's newly published spec broken anything this consumer uses?
/// Exit 1 when a change breaks an operation, status, media type, header or field the committed pacts exercise.
/// </summary>
internal static class UpstreamCommand
{
    public static Command Create(TextWriter stdout)
    {
        var spec = new Argument<string>("FULL_SPEC") { Description = "The full Atlas Admin API spec MongoDB publishes (openapi/v2.yaml)" };
        var root = CliOptions.Root();
        var config = CliOptions.Config();
        var output = CliOptions.Output();
        var today = CliOptions.Today();
        var command = new Command("upstream", "Re-slice every operation the manifest declares from FULL_SPEC, diff each with its committed fragment, and judge each change by what the committed pacts use: a break in something used fails (exit 1), other changes are INFO.")
        {
            spec, root, config, output, today,
        };
        command.WithExample("atlas-contract upstream ../shared/atlas/atlas-admin-v2.2026-08-21.yaml");
        command.SetAction(r =>
        {
            var manifest = GateCommand.LoadManifest(r.GetValue(root), r.GetValue(config));
            var results = UpstreamCheck.Run(manifest, SpecLoader.Load(r.GetValue(spec)!), CliOptions.ParseToday(r.GetValue(today)));
            Output.Write(r.GetValue(output), Text(results, r.GetValue(spec)!), stdout);
            return results.Any(x => x.Fails) ? Cli.GateFailed : Cli.Passed;
        });
        return command;
    }

    public static string Text(IReadOnlyList<UpstreamResult> results, string source)
    {
        var text = new StringBuilder($"atlas-contract upstream {source}\n");
        foreach (var result in results)
        {
            text.AppendLine($"{result.Contract} ({result.Fragment}): {result.Findings.Count(f => f.Fails)} breaking of {result.Findings.Count}");
            foreach (var note in result.Notes)
            {
                text.AppendLine($"  note: {note}");
            }

            foreach (var finding in result.Findings.OrderByDescending(f => f.Fails).ThenByDescending(f => f.Verdict))
            {
                text.AppendLine("  " + finding);
            }
        }

        return text.AppendLine(UpstreamCheck.Summary(results)).ToString();
    }
}
