namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Documentation of server behaviour; the wire format is the same.</summary>
internal sealed class RequestPropertyDefaultValueChanged : IRule
{
    public string Id => "request-property-default-value-changed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.DefaultChanged };
}
