namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients treat unknown errors generically.</summary>
internal sealed class ResponseNonSuccessStatusAdded : IRule
{
    public string Id => "response-non-success-status-added";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.StatusAdded && !context.IsSuccess(change.Status);
}
