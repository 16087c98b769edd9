namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sized for the old bound (buffers, columns, validation) break on longer or larger values.</summary>
internal sealed class ResponsePropertyConstraintLoosened : IRule
{
    public string Id => "response-property-constraint-loosened";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.ConstraintLoosened };
}
