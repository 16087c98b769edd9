namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Calls without a body will be rejected.</summary>
internal sealed class RequestBodyBecameRequired : IRule
{
    public string Id => "request-body-became-required";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.RequestBodyBecameRequired;
}
