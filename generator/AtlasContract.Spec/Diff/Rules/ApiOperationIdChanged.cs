namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Not a wire change; regenerated clients rename the method.</summary>
internal sealed class ApiOperationIdChanged : IRule
{
    public string Id => "api-operation-id-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.OperationIdChanged;
}
