namespace AtlasContract.Spec.Diff.Rules;

/// <summary>The parameter was announced as deprecated.</summary>
internal sealed class RequestParameterRemovedWithDeprecation : IRule
{
    public string Id => "request-parameter-removed-with-deprecation";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.ParameterRemoved, Deprecated: true };
}
