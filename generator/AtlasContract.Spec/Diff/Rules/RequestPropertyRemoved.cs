namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients still sending it may be rejected or silently ignored.</summary>
internal sealed class RequestPropertyRemoved : IRule
{
    public string Id => "request-property-removed";

    public bool Matches(Change change, RuleContext context) =>
        (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.PropertyRemoved;
}
