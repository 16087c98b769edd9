using System.CommandLine;
using System.Text;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Cli.Commands;

/// <summary><c>verify-pact PACT... --spec SPEC</c>: every interaction of the pacts is allowed by the spec.</summary>
internal static class VerifyPactCommand
{
    public static Command Create(TextWriter stdout)
    {
        var pacts = new Argument<string[]>("PACT") { Description = "Pact files (V3/V4 JSON)", Arity = ArgumentArity.OneOrMore };
        var spec = new Option<string>("--spec") { Description = "The OpenAPI fragment the pacts must stay within", HelpName = "SPEC", Required = true };
        var format = CliOptions.Format("text, junit");
        var output = CliOptions.Output();
        var command = new Command("verify-pact", "Every interaction of the pacts is allowed by the spec: paths, statuses, media types (vendor version included), bodies.") { pacts, spec, format, output };
        command.WithExample("atlas-contract verify-pact contract-tests/pacts/AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json --spec spec/atlas-v2/listOrgInvites.yaml");
        command.SetAction(r => Run(r.GetValue(pacts)!, r.GetValue(spec)!, r.GetValue(format), r.GetValue(output), stdout));
        return command;
    }

    public static int Run(IReadOnlyList<string> pacts, string specPath, string? formatName, string? outputPath, TextWriter stdout)
    {
        var format = Output.Format(formatName);
        var result = Verify(pacts, SpecLoader.Load(specPath));
        Output.Write(outputPath, format == ReportFormat.JUnit ? JUnit.Suite("atlas-contract verify-pact", Cases(result)) : Text(result, specPath), stdout);
        return result.All(r => r.Problems.Count == 0) ? Cli.Passed : Cli.GateFailed;
    }

    public sealed record PactResult(string File, int Interactions, IReadOnlyList<PactProblem> Problems);

    public static List<PactResult> Verify(IEnumerable<string> pacts, SpecDocument spec)
    {
        var verifier = new PactVerifier(spec);
        return pacts.Select(p =>
        {
            var (_, _, interactions) = PactFile.Load(p);
            return new PactResult(p, interactions.Count, verifier.Verify(interactions));
        }).ToList();
    }

    public static IEnumerable<JUnit.Case> Cases(IEnumerable<PactResult> results) =>
        results.Select(r => new JUnit.Case(Path.GetFileName(r.File), "verify-pact", r.Problems.Count == 0 ? null : string.Join("\n", r.Problems)));

    private static string Text(List<PactResult> results, string spec)
    {
        var text = new StringBuilder();
        foreach (var r in results)
        {
            foreach (var problem in r.Problems)
            {
                text.AppendLine($"{r.File}: {problem}");
            }

            text.AppendLine($"{r.File}: {r.Interactions} interactions, {r.Problems.Count} problems against {spec}");
        }

        return text.ToString();
    }
}
