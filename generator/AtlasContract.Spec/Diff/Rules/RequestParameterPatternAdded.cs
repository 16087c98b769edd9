namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values clients send today may not match.</summary>
internal sealed class RequestParameterPatternAdded : IRule
{
    public string Id => "request-parameter-pattern-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.PatternAdded };
}
