namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values beyond the new bound will be rejected.</summary>
internal sealed class RequestParameterConstraintSet : IRule
{
    public string Id => "request-parameter-constraint-set";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.ConstraintSet };
}
