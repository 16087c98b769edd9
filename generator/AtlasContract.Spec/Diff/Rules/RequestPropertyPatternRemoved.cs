namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Relaxes a constraint.</summary>
internal sealed class RequestPropertyPatternRemoved : IRule
{
    public string Id => "request-property-pattern-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.PatternRemoved };
}
