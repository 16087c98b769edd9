namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Every new value is still a valid old value.</summary>
internal sealed class ResponsePropertyBecameEnum : IRule
{
    public string Id => "response-property-became-enum";

    public bool Matches(Change change, RuleContext context) =>
        change is { Area: Area.Response, Kind: ChangeKind.EnumConstraintAdded };
}
