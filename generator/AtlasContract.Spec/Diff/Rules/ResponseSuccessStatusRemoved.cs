namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients handling that success response will meet something else.</summary>
internal sealed class ResponseSuccessStatusRemoved : IRule
{
    public string Id => "response-success-status-removed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.StatusRemoved && context.IsSuccess(change.Status);
}
