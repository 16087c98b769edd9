using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Sunset;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>The x-sunset countdown of every operation version the pacts use, on the gate's date.</summary>
public sealed class SunsetCheck : IGateCheck
{
    public string Kind => "sunset";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        var used = context.Working.Contracts.Select(c => (c.Name, context.Fragment(c), c.Pacts.Select(context.Pact).SelectMany(p => p?.Interactions ?? [])));
        var report = SunsetCountdown.Check(used, context.Today, context.SunsetWarnDays);
        yield return new CheckResult(Kind, "sunset countdown", report.Worst >= context.FailOn ? CheckStatus.Fail : CheckStatus.Pass, report.Summary())
        {
            Details = report.Rows.Select(r => r.ToString()).ToList(),
            Findings = report.Rows.Where(r => r.Sunset is not null).Select(r => new GateFinding("sunset-countdown", r.Level, $"{r.Operation} ({r.Endpoint}, {r.MediaType}): {r.Message}")
            {
                File = context.Working.Contract(r.Contract).Fragment.Relative,
                Operation = r.Endpoint,
            }).ToList(),
            Report = report,
        };
    }
}
