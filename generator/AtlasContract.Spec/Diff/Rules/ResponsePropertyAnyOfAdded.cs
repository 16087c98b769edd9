namespace AtlasContract.Spec.Diff.Rules;

/// <summary>anyOf members overlap; the known ones still apply.</summary>
internal sealed class ResponsePropertyAnyOfAdded : IRule
{
    public string Id => "response-property-any-of-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.AnyOfVariantAdded };
}
