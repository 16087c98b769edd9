namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Relaxes a constraint.</summary>
internal sealed class RequestBodyBecameOptional : IRule
{
    public string Id => "request-body-became-optional";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.RequestBodyBecameOptional;
}
