namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sending that value will be rejected.</summary>
internal sealed class RequestPropertyEnumValueRemoved : IRule
{
    public string Id => "request-property-enum-value-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.EnumValueRemoved };
}
