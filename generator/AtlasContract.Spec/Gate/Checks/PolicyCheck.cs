using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate.Policy;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>
/// "policy changes": every difference between the baseline's manifest (in force) and the work tree's. Weakening
/// ones fail unless <c>--accept-policy-changes</c> (then they are listed as accepted); strengthening ones pass.
/// </summary>
public sealed class PolicyCheck : IGateCheck
{
    public const string AcceptedReason = "--accept-policy-changes";

    public string Kind => "policy";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        const string name = "policy changes";
        if (context.Baseline is not { } baseline)
        {
            yield return CheckResult.Skipped(Kind, name, context.NoBaselineReason);
            yield break;
        }

        if (context.BaselineManifest is not { } before)
        {
            yield return new CheckResult(Kind, name, CheckStatus.Pass, $"{baseline.Name} has no {ContractManifest.FileName}: no policy in force yet, the work tree's applies (a first run)");
            yield break;
        }

        var findings = PolicyDiff.Compare(before, context.Working)
            .Select(f => context.AcceptPolicyChanges && f.Level == Level.Err ? f with { AcceptedBecause = AcceptedReason } : f)
            .ToList();
        var weakening = findings.Count(f => f.Level == Level.Err);
        var failing = findings.Count(f => f.Fails(Level.Err));
        var summary = findings.Count == 0
            ? $"the manifest's policy is the same as on {baseline.Name}"
            : $"{weakening} weakening, {findings.Count - weakening} strengthening changes vs {baseline.Name}: "
              + (failing > 0 ? "the baseline's policy stays in force (accept with --accept-policy-changes after review)"
                 : weakening > 0 ? "accepted by --accept-policy-changes: the work tree's policy applies" : "pass");
        yield return new CheckResult(Kind, name, failing > 0 ? CheckStatus.Fail : CheckStatus.Pass, summary)
        {
            Details = findings.Select(f => f.ToString()).ToList(),
            Findings = findings,
        };
    }
}
