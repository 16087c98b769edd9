namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestPropertyTypeGeneralized : IRule
{
    public string Id => "request-property-type-generalized";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.RequestBody && change.Kind is ChangeKind.TypeGeneralized or ChangeKind.FormatRemoved;
}
