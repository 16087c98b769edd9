namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestParameterEnumValueAdded : IRule
{
    public string Id => "request-parameter-enum-value-added";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.EnumValueAdded };
}
