namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients that dereference it break.</summary>
internal sealed class ResponsePropertyBecameNullable : IRule
{
    public string Id => "response-property-became-nullable";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.BecameNullable };
}
