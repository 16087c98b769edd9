namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestPropertyOneOfAdded : IRule
{
    public string Id => "request-property-one-of-added";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.OneOfVariantAdded;
}
