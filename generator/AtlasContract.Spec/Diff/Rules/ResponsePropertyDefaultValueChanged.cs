namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Documentation only.</summary>
internal sealed class ResponsePropertyDefaultValueChanged : IRule
{
    public string Id => "response-property-default-value-changed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.DefaultChanged };
}
