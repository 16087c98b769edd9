namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A deprecated operation removed once its sunset date (if any) has passed, as announced.</summary>
internal sealed class ApiRemovedAfterSunset : IRule
{
    public string Id => "api-removed-after-sunset";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.OperationRemoved, Deprecated: true } && !context.IsFuture(change.Sunset);
}
