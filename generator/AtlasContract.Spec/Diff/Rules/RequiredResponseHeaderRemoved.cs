namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients reading it break.</summary>
internal sealed class RequiredResponseHeaderRemoved : IRule
{
    public string Id => "required-response-header-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.HeaderRemoved, Required: true };
}
