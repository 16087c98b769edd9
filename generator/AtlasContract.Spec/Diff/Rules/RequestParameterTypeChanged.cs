namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values clients send today may no longer be accepted.</summary>
internal sealed class RequestParameterTypeChanged : IRule
{
    public string Id => "request-parameter-type-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.Parameter && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeSpecialized or ChangeKind.FormatChanged or ChangeKind.FormatAdded;
}
