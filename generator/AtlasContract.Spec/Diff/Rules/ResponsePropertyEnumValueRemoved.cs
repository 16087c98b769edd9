namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients keep handling a value that no longer comes.</summary>
internal sealed class ResponsePropertyEnumValueRemoved : IRule
{
    public string Id => "response-property-enum-value-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.EnumValueRemoved };
}
