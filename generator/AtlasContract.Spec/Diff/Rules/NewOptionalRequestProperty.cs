namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Existing requests keep working.</summary>
internal sealed class NewOptionalRequestProperty : IRule
{
    public string Id => "new-optional-request-property";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyAdded, Required: false };
}
