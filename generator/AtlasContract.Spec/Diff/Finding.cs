namespace AtlasContract.Spec.Diff;

/// <summary>A change classified by a rule: what a report shows and what the gate counts.</summary>
public sealed record Finding(string RuleId, Level Level, string Operation, string JsonPath, string Location, string Message)
{
    /// <summary>Set when an allow-list entry accepts this finding: reported, not failing.</summary>
    public string? AllowedBecause { get; init; }

    public override string ToString() => $"{Level.Name(),-4} {RuleId} {Operation} {JsonPath}: {Message}";
}
