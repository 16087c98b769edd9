namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Clients parsing the header the old way break.</summary>
internal sealed class ResponseHeaderTypeChanged : IRule
{
    public string Id => "response-header-type-changed";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.ResponseHeader && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeGeneralized or ChangeKind.FormatChanged or ChangeKind.FormatRemoved or ChangeKind.BecameNullable or ChangeKind.EnumValueAdded or ChangeKind.EnumConstraintRemoved or ChangeKind.ConstraintLoosened;
}
