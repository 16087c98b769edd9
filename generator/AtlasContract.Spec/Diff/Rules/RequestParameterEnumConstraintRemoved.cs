namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestParameterEnumConstraintRemoved : IRule
{
    public string Id => "request-parameter-enum-constraint-removed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.EnumConstraintRemoved };
}
