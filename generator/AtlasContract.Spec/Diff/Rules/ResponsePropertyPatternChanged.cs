namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Documentation of values; clients do not validate responses against it.</summary>
internal sealed class ResponsePropertyPatternChanged : IRule
{
    public string Id => "response-property-pattern-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.Response && change.Kind is ChangeKind.PatternAdded or ChangeKind.PatternChanged or ChangeKind.PatternRemoved;
}
