namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Existing calls do not send it and will be rejected.</summary>
internal sealed class NewRequiredRequestParameter : IRule
{
    public string Id => "new-required-request-parameter";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.ParameterAdded, Required: true };
}
