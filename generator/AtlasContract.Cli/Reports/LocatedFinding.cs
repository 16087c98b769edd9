using AtlasContract.Spec.Diff;

namespace AtlasContract.Cli.Reports;

/// <summary>A finding with the repository-relative file and the line it points at.</summary>
internal sealed record LocatedFinding(Finding Finding, string File, int Line)
{
    /// <summary>Fails the gate: at or above the threshold and not allowed.</summary>
    public bool Fails(Level failOn) => Finding.AllowedBecause is null && Finding.Level >= failOn;

    public static IReadOnlyList<LocatedFinding> Locate(DiffReport report, FindingLocator locator, string file) =>
        report.Findings.Select(f => new LocatedFinding(f, file, locator.Line(f))).ToList();
}
