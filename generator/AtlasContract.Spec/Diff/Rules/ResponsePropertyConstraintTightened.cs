namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Every new value is still a valid old value.</summary>
internal sealed class ResponsePropertyConstraintTightened : IRule
{
    public string Id => "response-property-constraint-tightened";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.Response && change.Kind is ChangeKind.ConstraintTightened or ChangeKind.ConstraintSet;
}
