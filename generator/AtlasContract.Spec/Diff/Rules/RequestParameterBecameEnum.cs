namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values outside the list will be rejected.</summary>
internal sealed class RequestParameterBecameEnum : IRule
{
    public string Id => "request-parameter-became-enum";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Parameter, Kind: ChangeKind.EnumConstraintAdded };
}
