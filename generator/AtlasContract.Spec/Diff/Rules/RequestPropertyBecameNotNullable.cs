namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sending null will be rejected.</summary>
internal sealed class RequestPropertyBecameNotNullable : IRule
{
    public string Id => "request-property-became-not-nullable";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.BecameNotNullable };
}
