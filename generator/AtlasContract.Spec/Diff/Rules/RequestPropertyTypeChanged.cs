namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Values clients send today may no longer be accepted.</summary>
internal sealed class RequestPropertyTypeChanged : IRule
{
    public string Id => "request-property-type-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.RequestBody && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeSpecialized or ChangeKind.FormatChanged or ChangeKind.FormatAdded;
}
