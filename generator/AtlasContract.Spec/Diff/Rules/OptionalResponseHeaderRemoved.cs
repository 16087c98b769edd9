namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients reading it (rate limits, Retry-After) lose the information.</summary>
internal sealed class OptionalResponseHeaderRemoved : IRule
{
    public string Id => "optional-response-header-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.HeaderRemoved, Required: false };
}
