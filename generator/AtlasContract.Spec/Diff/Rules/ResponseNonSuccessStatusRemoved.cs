namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Error handling for it becomes dead code.</summary>
internal sealed class ResponseNonSuccessStatusRemoved : IRule
{
    public string Id => "response-non-success-status-removed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.StatusRemoved && !context.IsSuccess(change.Status);
}
