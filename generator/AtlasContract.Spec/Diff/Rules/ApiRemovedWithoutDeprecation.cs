namespace AtlasContract.Spec.Diff.Rules;

/// <summary>An operation clients call is gone, with no deprecation period.</summary>
internal sealed class ApiRemovedWithoutDeprecation : IRule
{
    public string Id => "api-removed-without-deprecation";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.OperationRemoved, Deprecated: false };
}
