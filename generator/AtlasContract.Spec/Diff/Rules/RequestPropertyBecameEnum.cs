namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values outside the list will be rejected.</summary>
internal sealed class RequestPropertyBecameEnum : IRule
{
    public string Id => "request-property-became-enum";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.EnumConstraintAdded };
}
