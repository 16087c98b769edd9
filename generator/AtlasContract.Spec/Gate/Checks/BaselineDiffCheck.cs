using System.Text;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>
/// Each contract's fragment against the baseline, under the policy in force. A contract is found on the baseline
/// by its name (a moved fragment is diffed against its old path); one the baseline does not declare is new. A
/// contract the baseline declares and the work tree no longer does is diffed as removed: every one of its
/// operations is reported (ERR unless the policy allows it or its x-sunset has passed).
/// </summary>
public sealed class BaselineDiffCheck : IGateCheck
{
    public string Kind => "diff";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        foreach (var contract in context.Working.Contracts)
        {
            yield return Compare(context, contract);
        }

        if (context.Baseline is { } baseline && context.BaselineManifest is { } declared)
        {
            foreach (var removed in declared.Contracts.Where(c => context.Working.Contracts.All(w => w.Name != c.Name)))
            {
                yield return Removed(context, baseline, removed);
            }
        }
    }

    private CheckResult Compare(GateContext context, ContractEntry contract)
    {
        var relative = contract.Fragment.Relative;
        var name = $"diff {relative} vs baseline";
        if (context.Baseline is not { } baseline)
        {
            return CheckResult.Skipped(Kind, name, context.NoBaselineReason);
        }

        if (!baseline.Covers(relative))
        {
            return CheckResult.Skipped(Kind, name, $"--baseline {baseline.Name} is for another fragment");
        }

        var before = context.BaselineManifest?.Contracts.FirstOrDefault(c => c.Name == contract.Name)?.Fragment.Relative
            ?? (context.BaselineManifest is null ? relative : null);
        var text = before is null ? null : baseline.ReadText(before);
        if (text is null)
        {
            return new CheckResult(Kind, name, CheckStatus.Pass, context.BaselineManifest is null
                ? $"new contract: {relative} is not in {baseline.Name}, nothing to break"
                : $"new contract: {contract.Name} is not declared in {baseline.Name}, nothing to break");
        }

        var source = baseline.Describe(before!);
        var report = SpecDiff.Compare(SpecLoader.Parse(Encoding.UTF8.GetBytes(text), source), context.Fragment(contract), context.Policy, context.Today);
        var moved = before == relative ? string.Empty : $" (moved from {before})";
        return Row(context, name, $"vs {source}{moved}: ", report, relative, string.Empty);
    }

    private CheckResult Removed(GateContext context, IBaselineSource baseline, ContractEntry removed)
    {
        var relative = removed.Fragment.Relative;
        var name = $"diff {relative} vs baseline (contract {removed.Name} removed)";
        var text = baseline.ReadText(relative)
            ?? throw new InvalidOperationException($"{baseline.Describe(ContractManifest.FileName)} declares {removed.Name} with fragment {relative}, which is not in {baseline.Name}");
        var source = baseline.Describe(relative);
        var before = SpecLoader.Parse(Encoding.UTF8.GetBytes(text), source);
        var after = (JsonObject)before.Root.DeepClone();
        after["paths"] = new JsonObject();
        var report = SpecDiff.Compare(before, new SpecDocument($"{relative} (removed)", after), context.Policy, context.Today);
        return Row(context, name, $"{removed.Name} is no longer declared: ", report, relative, $"contract {removed.Name} removed: ");
    }

    private CheckResult Row(GateContext context, string name, string prefix, DiffReport report, string file, string messagePrefix)
    {
        var fails = report.Fails(context.FailOn);
        return new CheckResult(Kind, name, fails ? CheckStatus.Fail : CheckStatus.Pass, prefix + report.Summary(context.FailOn))
        {
            Details = report.Findings.Select(f => $"{f.Level.Name()} {f.RuleId}: {messagePrefix}{f.Message}").ToList(),
            Findings = report.Findings.Select(f => GateFinding.From(f, file) with { Message = messagePrefix + f.Message }).ToList(),
            Report = new DiffCheckReport(report, file),
        };
    }
}

/// <summary>A diff of one fragment; <see cref="File"/> is the repository-relative fragment its findings point into.</summary>
public sealed record DiffCheckReport(DiffReport Diff, string File);
