namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestPropertyEnumValueAdded : IRule
{
    public string Id => "request-property-enum-value-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.RequestBody, Kind: ChangeKind.EnumValueAdded };
}
