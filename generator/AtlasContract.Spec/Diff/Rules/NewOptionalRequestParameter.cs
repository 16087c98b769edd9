namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Existing calls keep working.</summary>
internal sealed class NewOptionalRequestParameter : IRule
{
    public string Id => "new-optional-request-parameter";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.ParameterAdded, Required: false };
}
