namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients ignore headers they do not read.</summary>
internal sealed class ResponseHeaderAdded : IRule
{
    public string Id => "response-header-added";

    public bool Matches(Change change, RuleContext context) =>
        change.Kind == ChangeKind.HeaderAdded;
}
