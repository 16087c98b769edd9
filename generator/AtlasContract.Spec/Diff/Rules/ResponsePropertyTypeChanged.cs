namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients deserialising the old type break.</summary>
internal sealed class ResponsePropertyTypeChanged : IRule
{
    public string Id => "response-property-type-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.Response && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeGeneralized or ChangeKind.FormatChanged or ChangeKind.FormatRemoved;
}
