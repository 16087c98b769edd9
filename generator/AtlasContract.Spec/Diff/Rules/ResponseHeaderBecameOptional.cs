namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients relying on it break when it is absent.</summary>
internal sealed class ResponseHeaderBecameOptional : IRule
{
    public string Id => "response-header-became-optional";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.HeaderBecameOptional;
}
