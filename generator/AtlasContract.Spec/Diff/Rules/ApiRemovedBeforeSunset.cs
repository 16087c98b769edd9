namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A deprecated operation removed while its announced sunset date is still ahead.</summary>
internal sealed class ApiRemovedBeforeSunset : IRule
{
    public string Id => "api-removed-before-sunset";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.OperationRemoved, Deprecated: true } && context.IsFuture(change.Sunset);
}
