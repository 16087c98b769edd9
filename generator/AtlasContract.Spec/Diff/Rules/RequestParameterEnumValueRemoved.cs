namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sending that value will be rejected.</summary>
internal sealed class RequestParameterEnumValueRemoved : IRule
{
    public string Id => "request-parameter-enum-value-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.EnumValueRemoved };
}
