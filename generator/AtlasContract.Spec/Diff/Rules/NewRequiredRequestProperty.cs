namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Existing requests lack it and will be rejected.</summary>
internal sealed class NewRequiredRequestProperty : IRule
{
    public string Id => "new-required-request-property";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyAdded, Required: true };
}
