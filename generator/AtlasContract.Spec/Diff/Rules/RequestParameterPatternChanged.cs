namespace AtlasContract.Spec.Diff.Rules;

/// <summary>May reject values that matched before.</summary>
internal sealed class RequestParameterPatternChanged : IRule
{
    public string Id => "request-parameter-pattern-changed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.PatternChanged };
}
