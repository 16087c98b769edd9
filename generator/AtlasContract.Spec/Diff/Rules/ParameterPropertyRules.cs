namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// A property inside an object parameter's schema (<c>style: deepObject</c>, <c>content: application/json</c>) under
/// oasdiff's <c>request-parameter-property-*</c> ids; the parameter's own schema stays with the
/// <c>request-parameter-*</c> rules, each the family of the split below (a configuration naming it covers both).
/// </summary>
internal static class ParameterPropertyRules
{
    public static readonly Rule[] All =
    [
        // Values clients send in that property may no longer be accepted.
        new("request-parameter-property-type-changed", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.TypeChanged, ChangeKind.FormatChanged, ChangeKind.FormatAdded],
            "{operation}: parameter property {path} changed type/format from {before} to {after}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true } && change.Kind is ChangeKind.TypeChanged or ChangeKind.FormatChanged or ChangeKind.FormatAdded)
            {
                Family = "request-parameter-type-changed",
                Differs = "a value clients send in that property may no longer be accepted, as for the parameter itself (request-parameter-type-changed, ERR in oasdiff too)",
                OasdiffLevel = Level.Warn,
            },
        // Narrower: number → integer, a type where there was none.
        new("request-parameter-property-type-specialized", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.TypeSpecialized],
            "{operation}: parameter property {path} accepts less: type {before} became {after}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true, Kind: ChangeKind.TypeSpecialized }) { Family = "request-parameter-type-changed" },
        // Widening what is accepted.
        new("request-parameter-property-type-generalized", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.TypeGeneralized, ChangeKind.FormatRemoved],
            "{operation}: parameter property {path} accepts more: type/format {before} became {after}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true } && change.Kind is ChangeKind.TypeGeneralized or ChangeKind.FormatRemoved) { Family = "request-parameter-type-generalized" },
        // Widening what is accepted.
        new("request-parameter-property-enum-value-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.EnumValueAdded],
            "{operation}: parameter property {path} accepts the new value {after}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true, Kind: ChangeKind.EnumValueAdded }) { Family = "request-parameter-enum-value-added" },
        // Clients sending that value will be rejected.
        new("request-parameter-property-enum-value-removed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.EnumValueRemoved],
            "{operation}: parameter property {path} no longer accepts the value {before}.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true, Kind: ChangeKind.EnumValueRemoved }) { Family = "request-parameter-enum-value-removed" },
        // Widening what is accepted.
        new("request-parameter-property-became-nullable", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.BecameNullable],
            "{operation}: parameter property {path} now accepts null.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true, Kind: ChangeKind.BecameNullable }) { Family = "request-parameter-became-nullable" },
        // Clients sending null there will be rejected.
        new("request-parameter-property-became-not-nullable", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "{operation}: parameter property {path} no longer accepts null.",
            (change, context) => change is { Area: Area.Parameter, InProperty: true, Kind: ChangeKind.BecameNotNullable }) { Family = "request-parameter-became-not-nullable" },
    ];
}
