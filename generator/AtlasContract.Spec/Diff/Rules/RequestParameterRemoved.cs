namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients still sending it may be rejected or silently ignored.</summary>
internal sealed class RequestParameterRemoved : IRule
{
    public string Id => "request-parameter-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Kind: ChangeKind.ParameterRemoved, Deprecated: false };
}
