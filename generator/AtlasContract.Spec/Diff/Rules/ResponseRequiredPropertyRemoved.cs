namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients reading it break.</summary>
internal sealed class ResponseRequiredPropertyRemoved : IRule
{
    public string Id => "response-required-property-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.PropertyRemoved, Required: true };
}
