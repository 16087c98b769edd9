namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Tolerant readers ignore fields they do not know.</summary>
internal sealed class ResponseOptionalPropertyAdded : IRule
{
    public string Id => "response-optional-property-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.PropertyAdded, Required: false };
}
