namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Relaxes a constraint.</summary>
internal sealed class RequestParameterPatternRemoved : IRule
{
    public string Id => "request-parameter-pattern-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.PatternRemoved };
}
