namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients that handle the known shapes meet one they do not know.</summary>
internal sealed class ResponsePropertyOneOfAdded : IRule
{
    public string Id => "response-property-one-of-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.OneOfVariantAdded };
}
