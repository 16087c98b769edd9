using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>Each declared old → new pair: can a consumer of old's response read new's, field by field?</summary>
public sealed class CompatCheck : IGateCheck
{
    public string Kind => "compat";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        foreach (var pair in context.Working.Compat)
        {
            var name = "compat " + Policy.PolicyDiff.Describe(pair);
            var mapping = CompatMapping.Parse(pair.Mapping, $"{ContractManifest.FileName} compat {pair.Old} -> {pair.New}");
            var report = CompatChecker.Check(
                context.Fragment(context.Working.Contract(pair.Old)),
                context.Fragment(context.Working.Contract(pair.New)),
                new CompatOptions(pair.OldOperation, pair.NewOperation, pair.Status, Mapping: mapping));
            var broken = report.Rows.Where(r => r.Breaks).ToList();
            yield return new CheckResult(Kind, name, report.Compatible ? CheckStatus.Pass : CheckStatus.Fail, Summary(report))
            {
                Details = broken.Select(r => r.ToString()).ToList(),
                Findings = broken.Select(r => new GateFinding("compat-field-" + r.VerdictName, Level.Err, r.ToString())
                {
                    File = context.Working.Contract(pair.New).Fragment.Relative,
                    JsonPath = r.Path,
                }).ToList(),
                Report = report,
            };
        }
    }

    public static string Summary(CompatReport report) => report.Compared is { } compared
        ? $"{compared}: {report.Rows.Count(r => r.Breaks)} broken: {(report.Compatible ? "compatible" : "INCOMPATIBLE")}"
        : $"{report.Rows.Count(r => r.Old is not null)} fields read by old consumers: {report.Rows.Count(r => r.Breaks)} broken; {report.Rows.Count(r => r.Verdict == CompatVerdict.Added)} new fields: {(report.Compatible ? "compatible" : "INCOMPATIBLE")}";
}
