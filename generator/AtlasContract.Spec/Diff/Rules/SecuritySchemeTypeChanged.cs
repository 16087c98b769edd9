namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients authenticating with the old mechanism are rejected.</summary>
internal sealed class SecuritySchemeTypeChanged : IRule
{
    public string Id => "security-scheme-type-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.SecuritySchemeTypeChanged;
}
