using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.Gate;

/// <summary>How a check went. A check that could not run is <see cref="Fail"/>, never <see cref="Pass"/>.</summary>
public enum CheckStatus
{
    Pass,
    Fail,

    /// <summary>Not run because the user asked (<c>--no-baseline</c>, <c>--skip-codegen-check</c>).</summary>
    Skip,
}

/// <summary>
/// One finding of a gate check: a rule id, its level, what it says, and where (a repository-relative file and a
/// JSON pointer in it; the operation and payload path for diff findings). Renderers read only this.
/// </summary>
public sealed record GateFinding(string RuleId, Level Level, string Message)
{
    /// <summary>The repository-relative file the finding lies in (a fragment, the manifest, a pact).</summary>
    public string? File { get; init; }

    /// <summary>A JSON pointer into <see cref="File"/> ("#/paths/..."), when known.</summary>
    public string? Pointer { get; init; }

    public string? Operation { get; init; }

    /// <summary>The payload path of a diff finding ("200 application/json $[*].name").</summary>
    public string? JsonPath { get; init; }

    /// <summary>Set when the policy in force accepts the finding: listed, not failing.</summary>
    public string? AcceptedBecause { get; init; }

    /// <summary>The diff finding this one was made from, for renderers that locate it in its fragment.</summary>
    public Finding? DiffFinding { get; init; }

    /// <summary>At or above the threshold and not accepted.</summary>
    public bool Fails(Level failOn) => AcceptedBecause is null && Level >= failOn;

    public override string ToString() =>
        $"{Level.Name(),-4} {RuleId}: {Message}" + (AcceptedBecause is null ? string.Empty : $" (accepted: {AcceptedBecause})");

    public static GateFinding From(Finding finding, string file) => new(finding.RuleId, finding.Level, finding.Message)
    {
        File = file,
        Pointer = finding.Location,
        Operation = finding.Operation,
        JsonPath = finding.JsonPath,
        AcceptedBecause = finding.AllowedBecause,
        DiffFinding = finding,
    };
}

/// <summary>
/// What one check of the gate returns: its kind (validate, codegen, compat, diff, pact, upstream, sunset, policy),
/// a name for the table, the status, a one-line summary, plain details, its findings, and the engine's report
/// behind it (<see cref="Report"/>: a DiffReport, CompatReport, SunsetReport, ...) for renderers that show more.
/// </summary>
public sealed record CheckResult(string Kind, string Name, CheckStatus Status, string Summary)
{
    public IReadOnlyList<string> Details { get; init; } = [];

    public IReadOnlyList<GateFinding> Findings { get; init; } = [];

    /// <summary>The structured report behind the check, when it has one richer than its findings.</summary>
    public object? Report { get; init; }

    public static CheckResult Skipped(string kind, string name, string why) => new(kind, name, CheckStatus.Skip, "skipped by request (" + why + ")");

    /// <summary>A check that threw: a FAIL row naming the exception, so the other checks and the reports still run.</summary>
    public static CheckResult Crashed(string kind, string name, Exception exception) =>
        new(kind, name, CheckStatus.Fail, $"could not run: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}")
        {
            Details = [exception.ToString()],
        };
}
