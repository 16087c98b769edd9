namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Requests that omit it will be rejected.</summary>
internal sealed class RequestPropertyBecameRequired : IRule
{
    public string Id => "request-property-became-required";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.PropertyBecameRequired;
}
