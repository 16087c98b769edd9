namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A stronger guarantee.</summary>
internal sealed class ResponsePropertyBecameNotNullable : IRule
{
    public string Id => "response-property-became-not-nullable";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.BecameNotNullable };
}
