namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Tolerant readers ignore fields they do not know.</summary>
internal sealed class ResponseRequiredPropertyAdded : IRule
{
    public string Id => "response-required-property-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.PropertyAdded, Required: true };
}
