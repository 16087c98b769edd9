namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Documented in addition to the existing ones.</summary>
internal sealed class ResponseSuccessStatusAdded : IRule
{
    public string Id => "response-success-status-added";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.StatusAdded && context.IsSuccess(change.Status);
}
