namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Widening what is accepted.</summary>
internal sealed class RequestParameterTypeGeneralized : IRule
{
    public string Id => "request-parameter-type-generalized";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.Parameter && change.Kind is ChangeKind.TypeGeneralized or ChangeKind.FormatRemoved;
}
