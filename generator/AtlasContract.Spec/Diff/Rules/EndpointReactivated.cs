namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A deprecation withdrawn.</summary>
internal sealed class EndpointReactivated : IRule
{
    public string Id => "endpoint-reactivated";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.OperationReactivated;
}
