namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Existing calls send none and will be rejected.</summary>
internal sealed class RequestBodyAddedRequired : IRule
{
    public string Id => "request-body-added-required";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.RequestBodyAdded, Required: true };
}
