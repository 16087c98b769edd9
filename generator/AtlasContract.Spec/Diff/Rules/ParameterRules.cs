namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Request parameters (path, query, header, cookie) and their schemas. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class ParameterRules
{
    /// <summary>A pattern that matches every string: a pattern changed to it is lifted, not changed.</summary>
    internal const string MatchesAll = ".*";

    public static readonly Rule[] All =
    [
        // Existing calls do not send it and will be rejected.
        new("new-required-request-parameter", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.ParameterAdded],
            "{operation}: new required parameter {path}.",
            (change, context) => change is { Kind: ChangeKind.ParameterAdded, Required: true, Origin: null } && !InPath(change)),
        // Existing calls keep working.
        new("new-optional-request-parameter", Level.Info, Direction.Request, RuleKind.Existence, [ChangeKind.ParameterAdded],
            "{operation}: new optional parameter {path}.",
            (change, context) => change is { Kind: ChangeKind.ParameterAdded, Required: false, Origin: null } && !InPath(change)),
        // Declared on the path item for every operation under it: existing calls to each do not send it.
        new("new-required-request-default-parameter-to-existing-path", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.ParameterAdded],
            "{operation}: new required parameter {path}, declared for every operation of the path.",
            (change, context) => change is { Kind: ChangeKind.ParameterAdded, Required: true, Origin: not null } && !InPath(change)) { Family = "new-required-request-parameter" },
        // As above, optional: existing calls keep working.
        new("new-optional-request-default-parameter-to-existing-path", Level.Info, Direction.Request, RuleKind.Existence, [ChangeKind.ParameterAdded],
            "{operation}: new optional parameter {path}, declared for every operation of the path.",
            (change, context) => change is { Kind: ChangeKind.ParameterAdded, Required: false, Origin: not null } && !InPath(change)) { Family = "new-optional-request-parameter" },
        // A path parameter is always sent (OpenAPI makes it required, whatever it says): existing calls build URLs without it.
        new("new-request-path-parameter", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.ParameterAdded],
            "{operation}: new path parameter {path}.",
            (change, context) => change.Kind == ChangeKind.ParameterAdded && InPath(change)) { Family = "new-required-request-parameter" },
        // Clients still sending it may be rejected or silently ignored.
        new("request-parameter-removed", Level.Warn, Direction.Request, RuleKind.Existence, [ChangeKind.ParameterRemoved],
            "{operation}: parameter {path} was removed.",
            (change, context) => change is { Kind: ChangeKind.ParameterRemoved, Deprecated: false }),
        // The parameter was announced as deprecated.
        new("request-parameter-removed-with-deprecation", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.ParameterRemoved],
            "{operation}: deprecated parameter {path} was removed.",
            (change, context) => change is { Kind: ChangeKind.ParameterRemoved, Deprecated: true } && !context.IsFuture(change.Sunset)),
        // Removed while its own announced sunset date is still ahead: clients relying on the announcement break early.
        new("request-parameter-removed-before-sunset", Level.Err, Direction.Request, RuleKind.Lifecycle, [ChangeKind.ParameterRemoved],
            "{operation}: parameter {path} was removed before its sunset date {sunset}.",
            (change, context) => change is { Kind: ChangeKind.ParameterRemoved, Deprecated: true } && context.IsFuture(change.Sunset)),
        // The parameter's announced end of life came closer.
        new("request-parameter-sunset-date-changed-too-small", Level.Err, Direction.Request, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation}: parameter {path} sunset moved earlier, from {before} to {after}.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Parameter } && context.IsEarlier(change.After, change.Before)),
        // A parameter sunset announced or moved later.
        new("request-parameter-sunset-date-changed", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation}: parameter {path} sunset changed from {before} to {after}.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Parameter } && !context.IsEarlier(change.After, change.Before) && change.After != "none" && context.IsDate(change.After)),
        // The parameter lives longer than announced.
        new("request-parameter-sunset-deleted", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation}: parameter {path} sunset {before} was withdrawn.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Parameter, After: "none" })
            { Differs = "withdrawing x-sunset extends the parameter's life: nothing a client sends stops working", OasdiffLevel = Level.Err },
        // A sunset no rule can read protects nothing.
        new("request-parameter-sunset-parse", Level.Warn, Direction.Request, RuleKind.Lifecycle, [ChangeKind.SunsetChanged],
            "{operation}: parameter {path} sunset '{after}' is neither a yyyy-MM-dd date nor an RFC 3339 date-time.",
            (change, context) => change is { Kind: ChangeKind.SunsetChanged, Area: Area.Parameter } && change.After != "none" && !context.IsDate(change.After))
            { Differs = "an unreadable date changes nothing on the wire; it is flagged, as an unreadable operation x-sunset is", OasdiffLevel = Level.Err },
        // Calls that omit it will be rejected.
        new("request-parameter-became-required", Level.Err, Direction.Request, RuleKind.Requiredness, [ChangeKind.ParameterBecameRequired],
            "{operation}: parameter {path} became required.",
            (change, context) => change.Kind == ChangeKind.ParameterBecameRequired),
        // Relaxes a constraint.
        new("request-parameter-became-optional", Level.Info, Direction.Request, RuleKind.Requiredness, [ChangeKind.ParameterBecameOptional],
            "{operation}: parameter {path} became optional.",
            (change, context) => change.Kind == ChangeKind.ParameterBecameOptional),
        // Values clients send today may no longer be accepted.
        new("request-parameter-type-changed", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.TypeChanged, ChangeKind.TypeSpecialized, ChangeKind.FormatChanged, ChangeKind.FormatAdded],
            "{operation}: parameter {path} changed type/format from {before} to {after}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: false } && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeSpecialized or ChangeKind.FormatChanged or ChangeKind.FormatAdded),
        // A format that restricts nothing (password, a vendor's own): every value clients send is still valid.
        new("request-parameter-format-annotation-changed", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.FormatAnnotationChanged],
            "{operation}: parameter {path} format annotation changed from {before} to {after}; the values it accepts are the same.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.FormatAnnotationChanged }),
        // Widening what is accepted (a parameter is text on the wire: integer → string still takes every value sent).
        new("request-parameter-type-generalized", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.TypeGeneralized, ChangeKind.FormatRemoved],
            "{operation}: parameter {path} accepts more: type/format {before} became {after}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: false } && change.Kind is ChangeKind.TypeGeneralized or ChangeKind.FormatRemoved),
        // Values clients send today may not match.
        new("request-parameter-pattern-added", Level.Err, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternAdded],
            "{operation}: parameter {path} must now match the pattern {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.PatternAdded }),
        // May reject values that matched before.
        new("request-parameter-pattern-changed", Level.Warn, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternChanged],
            "{operation}: parameter {path} pattern changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.PatternChanged, After: not MatchesAll }),
        // Accepts every value (oasdiff's test: the new pattern is ".*"): nothing clients send is refused.
        new("request-parameter-pattern-generalized", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternChanged],
            "{operation}: parameter {path} pattern changed from {before} to the more general {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.PatternChanged, After: MatchesAll }) { Family = "request-parameter-pattern-changed" },
        // Relaxes a constraint.
        new("request-parameter-pattern-removed", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternRemoved],
            "{operation}: parameter {path} no longer has a pattern (was {before}).",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.PatternRemoved }),
        // Widening what is accepted.
        new("request-parameter-enum-value-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.EnumValueAdded],
            "{operation}: parameter {path} accepts the new value {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.EnumValueAdded, InProperty: false }),
        // Clients sending that value will be rejected.
        new("request-parameter-enum-value-removed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.EnumValueRemoved],
            "{operation}: parameter {path} no longer accepts the value {before}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.EnumValueRemoved, InProperty: false }),
        // Clients sending that value will be rejected, extensible list or not.
        new("request-parameter-x-extensible-enum-value-removed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.ExtensibleEnumValueRemoved],
            "{operation}: parameter {path} no longer accepts the x-extensible-enum value {before}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.ExtensibleEnumValueRemoved }),
        // Widening what is accepted.
        new("request-parameter-x-extensible-enum-value-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.ExtensibleEnumValueAdded],
            "{operation}: parameter {path} accepts the new x-extensible-enum value {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.ExtensibleEnumValueAdded }),
        // Values outside the list will be rejected.
        new("request-parameter-became-enum", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.EnumConstraintAdded],
            "{operation}: parameter {path} is now restricted to {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.EnumConstraintAdded } && !ParameterPropertyRules.InHeaderProperty(change)),
        // Widening what is accepted.
        new("request-parameter-enum-constraint-removed", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.EnumConstraintRemoved],
            "{operation}: parameter {path} is no longer restricted to {before}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.EnumConstraintRemoved }),
        // Calls that omit the parameter now get other behaviour.
        new("request-parameter-default-value-changed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: default of parameter {path} changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.DefaultChanged, Required: false, Before: not "none", After: not "none" }),
        // Calls that omit the parameter relied on the server's own choice; now a declared value applies.
        new("request-parameter-default-value-added", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: parameter {path} now defaults to {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.DefaultChanged, Required: false, Before: "none" }),
        // Calls that omit the parameter no longer get the value they relied on.
        new("request-parameter-default-value-removed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: parameter {path} no longer defaults to {before}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.DefaultChanged, Required: false, After: "none" }),
        // Every call sends a required parameter: its default is never used (oasdiff reports nothing).
        new("request-required-parameter-default-value-changed", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: default of required parameter {path} changed from {before} to {after} (clients always send it).",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.DefaultChanged, Required: true }) { Differs = "oasdiff reports nothing for a required parameter; we say it once, as INFO" },
        // Widening what is accepted.
        new("request-parameter-became-nullable", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.BecameNullable],
            "{operation}: parameter {path} now accepts null.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.BecameNullable, InProperty: false }),
        // Clients sending null will be rejected.
        new("request-parameter-became-not-nullable", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "{operation}: parameter {path} no longer accepts null.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.BecameNotNullable, InProperty: false }),
        // Values clients send today may be rejected.
        new("request-parameter-constraint-tightened", Level.Err, Direction.Request, RuleKind.Constraints, [ChangeKind.ConstraintTightened],
            "{operation}: parameter {path} accepts less: {before} became {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.ConstraintTightened } && !BoundRules.IsCovered(change)),
        // Values beyond the new bound will be rejected.
        new("request-parameter-constraint-set", Level.Warn, Direction.Request, RuleKind.Constraints, [ChangeKind.ConstraintSet],
            "{operation}: parameter {path} is now bounded: {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.ConstraintSet } && !BoundRules.IsCovered(change)),
        // Widening what is accepted.
        new("request-parameter-constraint-loosened", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.ConstraintLoosened],
            "{operation}: parameter {path} accepts more: {before} became {after}.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.ConstraintLoosened } && !BoundRules.IsCovered(change)),
        // The client writes the values one way and the server now reads them another (form against pipeDelimited, simple against label).
        new("request-parameter-style-changed", Level.Err, Direction.Request, RuleKind.Structure, [ChangeKind.ParameterStyleChanged],
            "{operation}: parameter {path} is serialized differently: style {before} became {after}.",
            (change, context) => change.Kind == ChangeKind.ParameterStyleChanged),
        // An array or object sent as ids=a&ids=b is now read as ids=a,b (or back).
        new("request-parameter-explode-changed", Level.Err, Direction.Request, RuleKind.Structure, [ChangeKind.ParameterExplodeChanged],
            "{operation}: array/object parameter {path} is serialized differently: {before} became {after}.",
            (change, context) => change.Kind == ChangeKind.ParameterExplodeChanged),
        // Generated code marks it obsolete: a notice to stop sending it, nothing breaks yet.
        new("request-parameter-deprecated", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.ParameterDeprecated, ChangeKind.Deprecated],
            "{operation}: parameter {path} is now deprecated.",
            (change, context) => change.Kind == ChangeKind.ParameterDeprecated || change is { Area: Area.Parameter, Kind: ChangeKind.Deprecated }),
        // The notice is withdrawn.
        new("request-parameter-reactivated", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.ParameterReactivated, ChangeKind.Reactivated],
            "{operation}: parameter {path} is no longer deprecated.",
            (change, context) => change.Kind == ChangeKind.ParameterReactivated || change is { Area: Area.Parameter, Kind: ChangeKind.Reactivated }),
        // Clients that send the same value twice are now refused.
        new("request-parameter-unique-items-set", Level.Err, Direction.Request, RuleKind.Constraints, [ChangeKind.UniqueItemsSet],
            "{operation}: parameter {path} must now hold unique items.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.UniqueItemsSet }),
        // Accepts more.
        new("request-parameter-unique-items-unset", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.UniqueItemsUnset],
            "{operation}: parameter {path} no longer requires unique items.",
            (change, context) => change is { Area: Area.Parameter, Kind: ChangeKind.UniqueItemsUnset }),
    ];

    /// <summary>A parameter <c>in: path</c> (the change's path is "path.name").</summary>
    private static bool InPath(Change change) => change.JsonPath.StartsWith("path.", StringComparison.Ordinal);
}
