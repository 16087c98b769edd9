namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Relaxes a constraint.</summary>
internal sealed class RequestPropertyBecameOptional : IRule
{
    public string Id => "request-property-became-optional";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.PropertyBecameOptional;
}
