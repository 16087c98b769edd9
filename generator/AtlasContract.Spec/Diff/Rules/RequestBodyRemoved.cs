namespace AtlasContract.Spec.Diff.Rules;

/// <summary>What clients send is now ignored or rejected.</summary>
internal sealed class RequestBodyRemoved : IRule
{
    public string Id => "request-body-removed";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.RequestBodyRemoved;
}
