using AtlasContract.Cli.Reports;

namespace AtlasContract.Cli.Commands;

internal enum StepStatus
{
    Pass,
    Fail,
    Skip,
}

/// <summary>One check of the gate: what it checked, how it went, and the details behind it.</summary>
internal sealed record GateStep(string Name, StepStatus Status, string Summary, IReadOnlyList<string> Details, string? Markdown = null)
{
    public IReadOnlyList<JUnit.Case> Cases { get; init; } = [];

    /// <summary>The diff findings behind this step, located in the fragment (annotations, SARIF).</summary>
    public IReadOnlyList<LocatedFinding> Findings { get; init; } = [];
}
