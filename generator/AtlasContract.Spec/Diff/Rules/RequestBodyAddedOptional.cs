namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Existing calls keep working.</summary>
internal sealed class RequestBodyAddedOptional : IRule
{
    public string Id => "request-body-added-optional";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.RequestBodyAdded, Required: false };
}
