namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A stronger guarantee.</summary>
internal sealed class ResponseHeaderBecameRequired : IRule
{
    public string Id => "response-header-became-required";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.HeaderBecameRequired;
}
