using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate;

namespace AtlasContract.Cli.Reports;

/// <summary>A finding with the repository-relative file and the line it points at.</summary>
internal sealed record LocatedFinding(GateFinding Finding, string File, int Line)
{
    /// <summary>Fails the gate: at or above the threshold and not accepted.</summary>
    public bool Fails(Level failOn) => Finding.Fails(failOn);

    public static IReadOnlyList<LocatedFinding> Locate(DiffReport report, FindingLocator locator, string file) =>
        report.Findings.Select(f => new LocatedFinding(GateFinding.From(f, file), file, locator.Line(f))).ToList();
}
