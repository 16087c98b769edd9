namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients with the old token URL configured may fail to get tokens.</summary>
internal sealed class SecuritySchemeTokenUrlChanged : IRule
{
    public string Id => "security-scheme-token-url-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.SecuritySchemeTokenUrlChanged;
}
