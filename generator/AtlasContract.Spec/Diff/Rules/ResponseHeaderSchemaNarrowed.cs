namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Every new value is still a valid old value.</summary>
internal sealed class ResponseHeaderSchemaNarrowed : IRule
{
    public string Id => "response-header-schema-narrowed";

    public bool Matches(Change change, RuleContext context) =>
        change.Area == Area.ResponseHeader && change.Kind is not (ChangeKind.TypeChanged or ChangeKind.TypeGeneralized or ChangeKind.FormatChanged or ChangeKind.FormatRemoved or ChangeKind.BecameNullable or ChangeKind.EnumValueAdded or ChangeKind.EnumConstraintRemoved or ChangeKind.ConstraintLoosened or ChangeKind.HeaderAdded or ChangeKind.HeaderRemoved or ChangeKind.HeaderBecameOptional or ChangeKind.HeaderBecameRequired);
}
