namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values clients send today may be rejected.</summary>
internal sealed class RequestParameterConstraintTightened : IRule
{
    public string Id => "request-parameter-constraint-tightened";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.ConstraintTightened };
}
