namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A stronger guarantee.</summary>
internal sealed class ResponsePropertyBecameRequired : IRule
{
    public string Id => "response-property-became-required";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameRequired };
}
