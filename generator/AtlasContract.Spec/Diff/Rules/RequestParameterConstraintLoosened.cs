namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestParameterConstraintLoosened : IRule
{
    public string Id => "request-parameter-constraint-loosened";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.ConstraintLoosened };
}
