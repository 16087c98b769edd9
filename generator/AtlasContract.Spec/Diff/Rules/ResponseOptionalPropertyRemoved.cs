namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients reading it get nothing. (oasdiff rates this WARN; Atlas marks almost no response property required, so a removal is what a real break looks like.)</summary>
internal sealed class ResponseOptionalPropertyRemoved : IRule
{
    public string Id => "response-optional-property-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.PropertyRemoved, Required: false };
}
