namespace AtlasContract.Spec.Diff;

/// <summary>A change classified by a rule: what a report shows and what the gate counts.</summary>
public sealed record Finding(string RuleId, Level Level, string Operation, string JsonPath, string Location, string Message)
{
    /// <summary>Set when an allow-list entry accepts this finding: reported, not failing.</summary>
    public string? AllowedBecause { get; init; }

    /// <summary>The response status of a response finding ("200", "4XX", "default").</summary>
    public string? Status { get; init; }

    /// <summary>The shared schema and path inside it where the change lies; null when it belongs to this operation alone.</summary>
    public string? Origin { get; init; }

    /// <summary>The change's values (before and after), part of what makes two findings the same change.</summary>
    public string? Before { get; init; }

    public string? After { get; init; }

    public override string ToString() => $"{Level.Name(),-4} {RuleId} {Operation} {JsonPath}: {Message}";
}
