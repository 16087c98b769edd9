namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values clients send today may be rejected.</summary>
internal sealed class RequestPropertyConstraintTightened : IRule
{
    public string Id => "request-property-constraint-tightened";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.ConstraintTightened };
}
