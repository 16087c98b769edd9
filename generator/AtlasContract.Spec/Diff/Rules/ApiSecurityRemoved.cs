namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients authenticating that way are rejected.</summary>
internal sealed class ApiSecurityRemoved : IRule
{
    public string Id => "api-security-removed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.SecurityRemoved;
}
