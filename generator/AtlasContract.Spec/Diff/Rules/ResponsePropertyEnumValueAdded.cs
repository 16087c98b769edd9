namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Strict clients (closed enums) break on the new value; tolerant ones do not.</summary>
internal sealed class ResponsePropertyEnumValueAdded : IRule
{
    public string Id => "response-property-enum-value-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.EnumValueAdded };
}
