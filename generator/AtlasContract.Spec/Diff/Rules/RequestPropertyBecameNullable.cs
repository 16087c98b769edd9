namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestPropertyBecameNullable : IRule
{
    public string Id => "request-property-became-nullable";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.BecameNullable };
}
