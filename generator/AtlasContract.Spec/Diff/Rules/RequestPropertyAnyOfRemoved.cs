namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sending that shape will be rejected.</summary>
internal sealed class RequestPropertyAnyOfRemoved : IRule
{
    public string Id => "request-property-any-of-removed";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.AnyOfVariantRemoved;
}
