using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.Upstream;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>One row per full spec the manifest names as <c>upstream.spec</c>: has it broken what the pacts use?</summary>
public sealed class UpstreamGateCheck : IGateCheck
{
    public string Kind => "upstream";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        foreach (var group in context.Working.Contracts.Where(c => c.Upstream?.Spec is not null).GroupBy(c => c.Upstream!.Spec!.Full))
        {
            var spec = group.First().Upstream!.Spec!;
            var name = $"upstream {spec.Relative}";
            if (!File.Exists(spec.Full))
            {
                yield return new CheckResult(Kind, name, CheckStatus.Fail, $"not found (named by upstream.spec of {group.First().Name} in {ContractManifest.FileName})");
                continue;
            }

            var contracts = group.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var results = UpstreamCheck.Run(context.Working, SpecLoader.Load(spec.Full), context.Today, context.Policy, c => contracts.Contains(c.Name),
                new ContractSources(context.Fragment, p => context.Pact(p)?.Interactions));
            var findings = results.SelectMany(r => r.Findings).ToList();
            yield return new CheckResult(Kind, name, results.Any(r => r.Fails) ? CheckStatus.Fail : CheckStatus.Pass, UpstreamCheck.Summary(results))
            {
                Details = findings.Where(f => f.Fails).Select(f => f.ToString()).ToList(),
                Findings = findings.Select(f => new GateFinding(f.Finding.RuleId, f.Verdict, $"{f.Finding.Message} [{f.Why}]")
                {
                    File = spec.Relative,
                    Operation = f.Finding.Operation,
                    JsonPath = f.Finding.JsonPath,
                    AcceptedBecause = f.Finding.AllowedBecause,
                }).ToList(),
                Report = results,
            };
        }
    }
}
