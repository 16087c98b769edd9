namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestPropertyEnumConstraintRemoved : IRule
{
    public string Id => "request-property-enum-constraint-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.EnumConstraintRemoved };
}
