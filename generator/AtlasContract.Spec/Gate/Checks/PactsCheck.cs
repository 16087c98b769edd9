using AtlasContract.Spec.Diff;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>Each declared pact, verified against its contract's fragment. A declared pact that is missing fails.</summary>
public sealed class PactsCheck : IGateCheck
{
    public string Kind => "pact";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        foreach (var contract in context.Working.Contracts)
        {
            foreach (var pact in contract.Pacts)
            {
                var name = $"verify {pact.Relative}";
                if (context.Pact(pact) is not { } loaded)
                {
                    yield return new CheckResult(Kind, name, CheckStatus.Fail, $"declared by {contract.Name} in the manifest but not found: run the contract tests (./test.sh) and commit the pact")
                    {
                        Findings = [new GateFinding("pact-missing", Level.Err, $"{pact.Relative} is declared by {contract.Name} but not found") { File = pact.Relative }],
                    };
                    continue;
                }

                var problems = new PactVerifier(context.Fragment(contract)).Verify(loaded.Interactions);
                var errors = problems.Count(p => p.Level >= Level.Err);
                var status = errors == 0 && loaded.Interactions.Count > 0 ? CheckStatus.Pass : CheckStatus.Fail;
                var empty = loaded.Interactions.Count == 0 ? " (no interaction: nothing was verified)" : string.Empty;
                yield return new CheckResult(Kind, name, status, $"{loaded.Interactions.Count} interactions of {loaded.Provider} against {contract.Fragment.Relative}: {errors} problems, {problems.Count - errors} warnings{empty}")
                {
                    Details = problems.OrderByDescending(p => p.Level).Select(p => p.ToString()).ToList(),
                    Findings = problems.Select(p => new GateFinding(p.Code, p.Level, p.ToString())
                    {
                        File = pact.Relative,
                        Pointer = p.PactPointer.Length > 0 ? p.PactPointer : null,
                        Operation = p.Interaction,
                    }).ToList(),
                    Report = new PactCheckReport(pact.Relative, loaded.Interactions.Select(i => i.Description).ToList(), problems),
                };
            }
        }
    }
}

/// <summary>The interactions of one pact and the problems found in them (JUnit shows one case per interaction).</summary>
public sealed record PactCheckReport(string Pact, IReadOnlyList<string> Interactions, IReadOnlyList<PactProblem> Problems);
