namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A new alternative; existing ones still work.</summary>
internal sealed class ApiSecurityAdded : IRule
{
    public string Id => "api-security-added";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.SecurityAdded;
}
