namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients sending null will be rejected.</summary>
internal sealed class RequestParameterBecameNotNullable : IRule
{
    public string Id => "request-parameter-became-not-nullable";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.BecameNotNullable };
}
