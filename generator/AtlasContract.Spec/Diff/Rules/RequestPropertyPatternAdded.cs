namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values clients send today may not match.</summary>
internal sealed class RequestPropertyPatternAdded : IRule
{
    public string Id => "request-property-pattern-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.PatternAdded };
}
