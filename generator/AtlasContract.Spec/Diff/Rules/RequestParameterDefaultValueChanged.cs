namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Calls that omit the parameter now get other behaviour.</summary>
internal sealed class RequestParameterDefaultValueChanged : IRule
{
    public string Id => "request-parameter-default-value-changed";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.DefaultChanged };
}
