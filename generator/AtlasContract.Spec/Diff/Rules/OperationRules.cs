namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Operations: added, removed, deprecated, renamed, sunset moved. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class OperationRules
{
    /// <summary>Why removing a deprecated operation that never had a sunset date is ERR here.</summary>
    private const string WithoutSunset = "a deprecation without a sunset date never told clients when the operation would go: calls that still work today fail with no date they could plan for";

    public static readonly Rule[] All =
    [
        // A new operation: nothing an existing client uses changed.
        new("endpoint-added", Level.Info, Direction.None, RuleKind.Existence, [ChangeKind.OperationAdded],
            "{operation} was added.",
            (change, context) => change.Kind == ChangeKind.OperationAdded),
        // An operation clients call is gone, with no deprecation period.
        new("api-removed-without-deprecation", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed without being deprecated first.",
            (change, context) => change is { Kind: ChangeKind.OperationRemoved, Deprecated: false, PathRemoved: false } && !context.IsPast(change.Sunset) && !RuleContext.IsUnstable(change.Stability)),
        // As above, and no operation is left at its path.
        new("api-path-removed-without-deprecation", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed with its whole path, without being deprecated first.",
            (change, context) => change is { Kind: ChangeKind.OperationRemoved, Deprecated: false, PathRemoved: true } && !context.IsPast(change.Sunset) && !RuleContext.IsUnstable(change.Stability))
            { Family = "api-removed-without-deprecation" },
        // A deprecated operation removed while its announced sunset date is still ahead.
        new("api-removed-before-sunset", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed before its sunset date {sunset}.",
            (change, context) => change is { Kind: ChangeKind.OperationRemoved, Deprecated: true, PathRemoved: false } && context.IsFuture(change.Sunset) && !RuleContext.IsUnstable(change.Stability)),
        // As above, and no operation is left at its path.
        new("api-path-removed-before-sunset", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed with its whole path before its sunset date {sunset}.",
            (change, context) => change is { Kind: ChangeKind.OperationRemoved, Deprecated: true, PathRemoved: true } && context.IsFuture(change.Sunset) && !RuleContext.IsUnstable(change.Stability))
            { Family = "api-removed-before-sunset" },
        // Deprecated, but no sunset date ever said when it could go: clients had no date to plan for.
        new("api-removed-with-deprecation", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed; it was deprecated but never given a sunset date.",
            (change, context) => change is { Kind: ChangeKind.OperationRemoved, Deprecated: true, PathRemoved: false } && !context.IsDate(change.Sunset) && !RuleContext.IsUnstable(change.Stability))
            { Differs = WithoutSunset, OasdiffLevel = Level.Info },
        // As above, and no operation is left at its path.
        new("api-path-removed-with-deprecation", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed with its whole path; it was deprecated but never given a sunset date.",
            (change, context) => change is { Kind: ChangeKind.OperationRemoved, Deprecated: true, PathRemoved: true } && !context.IsDate(change.Sunset) && !RuleContext.IsUnstable(change.Stability))
            { Differs = WithoutSunset, OasdiffLevel = Level.Info, Family = "api-removed-with-deprecation" },
        // Removed once its announced sunset date has passed, as announced.
        new("api-removed-after-sunset", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed after its sunset date {sunset}.",
            (change, context) => change.Kind == ChangeKind.OperationRemoved && context.IsPast(change.Sunset) && !RuleContext.IsUnstable(change.Stability)),
        // Draft and alpha operations promise no stability: removing one is what their label announced (oasdiff reports nothing).
        new("api-removed-unstable", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationRemoved],
            "{operation} was removed; its x-stability-level promised no stability.",
            (change, context) => change.Kind == ChangeKind.OperationRemoved && RuleContext.IsUnstable(change.Stability)) { Differs = "oasdiff reports nothing; we say it once, as INFO, so the removal is on record" },
        // Deprecation is an announcement: the operation still works.
        new("endpoint-deprecated", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationDeprecated],
            "{operation} is now deprecated.",
            (change, context) => change.Kind == ChangeKind.OperationDeprecated && !context.IsDate(change.After)),
        // As above, with the date clients have until it goes.
        new("endpoint-deprecated-with-sunset", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationDeprecated],
            "{operation} is now deprecated, sunset {after}.",
            (change, context) => change.Kind == ChangeKind.OperationDeprecated && context.IsDate(change.After)) { Family = "endpoint-deprecated" },
        // A deprecation withdrawn.
        new("endpoint-reactivated", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.OperationReactivated],
            "{operation} is no longer deprecated.",
            (change, context) => change.Kind == ChangeKind.OperationReactivated),
        // Not a wire change; regenerated clients rename the method.
        new("api-operation-id-changed", Level.Info, Direction.None, RuleKind.Structure, [ChangeKind.OperationIdChanged],
            "{operation}: operationId changed from '{before}' to '{after}' (generated method names follow it).",
            (change, context) => change is { Kind: ChangeKind.OperationIdChanged, Before: not "none", After: not "none" }),
        // Generated clients get a method named after it instead of one named after the path.
        new("api-operation-id-added", Level.Info, Direction.None, RuleKind.Structure, [ChangeKind.OperationIdChanged],
            "{operation}: operationId '{after}' was added (generated method names follow it).",
            (change, context) => change is { Kind: ChangeKind.OperationIdChanged, Before: "none" }),
        // Generated clients name the method after the path instead.
        new("api-operation-id-removed", Level.Info, Direction.None, RuleKind.Structure, [ChangeKind.OperationIdChanged],
            "{operation}: operationId '{before}' was removed (generated method names follow the path).",
            (change, context) => change is { Kind: ChangeKind.OperationIdChanged, After: "none" }),
        // The announced end of life came closer: clients planned for the old date.
        new("api-sunset-date-changed-too-small", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation} {path}: sunset moved earlier, from {before} to {after}.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Operation } && context.IsEarlier(change.After, change.Before)),
        // A sunset announced or moved later.
        new("api-sunset-date-changed", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation} {path}: sunset changed from {before} to {after}.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Operation } && !context.IsEarlier(change.After, change.Before) && change.After != "none" && context.IsDate(change.After)),
        // The announced end of life was withdrawn: the operation lives longer than clients planned.
        new("sunset-deleted", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation} {path}: sunset {before} was withdrawn.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Operation, After: "none" })
            { Differs = "withdrawing x-sunset extends the operation's life: nothing a client does stops working", OasdiffLevel = Level.Err },
        // The lifecycle rules read x-sunset as a date: one they cannot read protects nothing (a removal is then ERR).
        new("api-sunset-date-invalid", Level.Warn, Direction.None, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation} {path}: sunset '{after}' is neither a yyyy-MM-dd date nor an RFC 3339 date-time, so no lifecycle rule can use it.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Operation } && change.After != "none" && !context.IsDate(change.After)),
    ];
}
