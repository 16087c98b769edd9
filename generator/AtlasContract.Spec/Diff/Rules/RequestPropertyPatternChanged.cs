namespace AtlasContract.Spec.Diff.Rules;

/// <summary>May reject values that matched before.</summary>
internal sealed class RequestPropertyPatternChanged : IRule
{
    public string Id => "request-property-pattern-changed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.PatternChanged };
}
