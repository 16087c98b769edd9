namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Strict clients break on values outside the old list.</summary>
internal sealed class ResponsePropertyEnumConstraintRemoved : IRule
{
    public string Id => "response-property-enum-constraint-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.EnumConstraintRemoved };
}
