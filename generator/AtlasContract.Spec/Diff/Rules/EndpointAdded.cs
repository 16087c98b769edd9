namespace AtlasContract.Spec.Diff.Rules;

/// <summary>A new operation: nothing an existing client uses changed.</summary>
internal sealed class EndpointAdded : IRule
{
    public string Id => "endpoint-added";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.OperationAdded;
}
