namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Response headers. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class HeaderRules
{
    public static readonly Rule[] All =
    [
        // Clients reading it break.
        new("required-response-header-removed", Level.Err, Direction.Response, RuleKind.Existence,
            "{operation}: required response header {path} was removed.",
            (change, context) => change is { Kind: ChangeKind.HeaderRemoved, Required: true }),
        // Clients reading it (rate limits, Retry-After) lose the information.
        new("optional-response-header-removed", Level.Warn, Direction.Response, RuleKind.Existence,
            "{operation}: response header {path} was removed.",
            (change, context) => change is { Kind: ChangeKind.HeaderRemoved, Required: false }),
        // Clients ignore headers they do not read.
        new("response-header-added", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: new response header {path}.",
            (change, context) => change.Kind == ChangeKind.HeaderAdded),
        // Clients relying on it break when it is absent.
        new("response-header-became-optional", Level.Err, Direction.Response, RuleKind.Requiredness,
            "{operation}: response header {path} became optional.",
            (change, context) => change.Kind == ChangeKind.HeaderBecameOptional),
        // A stronger guarantee.
        new("response-header-became-required", Level.Info, Direction.Response, RuleKind.Requiredness,
            "{operation}: response header {path} became required.",
            (change, context) => change.Kind == ChangeKind.HeaderBecameRequired),
        // Clients parsing the header the old way break.
        new("response-header-type-changed", Level.Err, Direction.Response, RuleKind.Type,
            "{operation}: response header {path} changed from {before} to {after}.",
            (change, context) => change.Area == Area.ResponseHeader && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeGeneralized or ChangeKind.FormatChanged or ChangeKind.FormatRemoved or ChangeKind.BecameNullable or ChangeKind.EnumValueAdded or ChangeKind.EnumConstraintRemoved or ChangeKind.ConstraintLoosened),
        // Every new value is still a valid old value.
        new("response-header-schema-narrowed", Level.Info, Direction.Response, RuleKind.Type,
            "{operation}: response header {path} schema changed ({before} → {after}).",
            (change, context) => change.Area == Area.ResponseHeader && change.Kind is not (ChangeKind.TypeChanged or ChangeKind.TypeGeneralized or ChangeKind.FormatChanged or ChangeKind.FormatRemoved or ChangeKind.BecameNullable or ChangeKind.EnumValueAdded or ChangeKind.EnumConstraintRemoved or ChangeKind.ConstraintLoosened or ChangeKind.HeaderAdded or ChangeKind.HeaderRemoved or ChangeKind.HeaderBecameOptional or ChangeKind.HeaderBecameRequired
                or ChangeKind.HeaderDeprecated or ChangeKind.HeaderReactivated or ChangeKind.UniqueItemsSet or ChangeKind.UniqueItemsUnset
                or ChangeKind.AdditionalPropertiesAllowed or ChangeKind.AdditionalPropertiesDisallowed or ChangeKind.AdditionalPropertiesRestricted)),
        // Generated code marks it obsolete: a notice to stop relying on it before it goes.
        new("response-header-deprecated", Level.Info, Direction.Response, RuleKind.Lifecycle,
            "{operation}: response header {path} is now deprecated.",
            (change, context) => change.Kind == ChangeKind.HeaderDeprecated),
        // The notice is withdrawn.
        new("response-header-reactivated", Level.Info, Direction.Response, RuleKind.Lifecycle,
            "{operation}: response header {path} is no longer deprecated.",
            (change, context) => change.Kind == ChangeKind.HeaderReactivated),
    ];
}
