namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Deprecation is an announcement: the operation still works.</summary>
internal sealed class EndpointDeprecated : IRule
{
    public string Id => "endpoint-deprecated";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.OperationDeprecated;
}
