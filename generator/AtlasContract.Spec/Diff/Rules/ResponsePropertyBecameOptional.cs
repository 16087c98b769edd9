namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients that rely on it being present break when it is absent.</summary>
internal sealed class ResponsePropertyBecameOptional : IRule
{
    public string Id => "response-property-became-optional";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameOptional };
}
