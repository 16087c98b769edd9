namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Fewer shapes to handle.</summary>
internal sealed class ResponsePropertyOneOfRemoved : IRule
{
    public string Id => "response-property-one-of-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.OneOfVariantRemoved };
}
