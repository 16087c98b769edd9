using System.Text;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Cli.Commands;

/// <summary><c>verify-pact PACT... --spec SPEC</c>: every interaction of the pacts is allowed by the spec.</summary>
internal static class VerifyPactCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var line = new CommandLine(args, Output.Set(), Output.Set("spec", "format", "output"));
        if (line.Positional.Count == 0)
        {
            throw new UsageException("missing argument: PACT");
        }

        var specPath = line.Value("spec") ?? throw new UsageException("verify-pact needs --spec SPEC");
        var format = Output.Format(line);
        var result = Verify(line.Positional, SpecLoader.Load(specPath));
        Output.Write(line, format == ReportFormat.JUnit ? JUnit.Suite("atlas-contract verify-pact", Cases(result)) : Text(result, specPath), stdout);
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
