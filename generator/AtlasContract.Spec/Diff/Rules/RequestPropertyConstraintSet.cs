namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values beyond the new bound will be rejected.</summary>
internal sealed class RequestPropertyConstraintSet : IRule
{
    public string Id => "request-property-constraint-set";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.ConstraintSet };
}
