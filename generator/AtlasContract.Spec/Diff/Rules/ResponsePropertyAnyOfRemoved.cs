namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Fewer shapes to handle.</summary>
internal sealed class ResponsePropertyAnyOfRemoved : IRule
{
    public string Id => "response-property-any-of-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.AnyOfVariantRemoved };
}
