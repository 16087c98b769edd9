namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// A property inside an object parameter's schema (<c>style: deepObject</c>, <c>content: application/json</c>) under
/// oasdiff's <c>request-parameter-property-*</c> ids; the parameter's own schema stays with the
/// <c>request-parameter-*</c> rules, each the family of the split below (a configuration naming it covers both).
/// </summary>
internal static class ParameterPropertyRules
{
    /// <summary>A change inside a property of a header parameter's object schema (oasdiff's <c>request-header-property-*</c>).</summary>
    internal static bool InHeaderProperty(Change change) =>
        change is { Area: Area.Parameter, InProperty: true } && change.JsonPath.StartsWith("header.", StringComparison.Ordinal);

    public static readonly Rule[] All =
    [
        // Existing requests send the header without it and will be rejected.
        new("new-required-request-header-property", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.PropertyAdded],
            "{operation}: new required property {path} in a request header.",
            (change, context) => change is { Kind: ChangeKind.PropertyAdded, Required: true } && InHeaderProperty(change)) { Family = "new-required-request-property" },
        // Requests whose header omits it will be rejected.
        new("request-header-property-became-required", Level.Err, Direction.Request, RuleKind.Requiredness, [ChangeKind.PropertyBecameRequired],
            "{operation}: property {path} of a request header became required.",
            (change, context) => change.Kind == ChangeKind.PropertyBecameRequired && InHeaderProperty(change)) { Family = "request-property-became-required" },
        // Values outside the list will be rejected.
        new("request-header-property-became-enum", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.EnumConstraintAdded],
            "{operation}: property {path} of a request header is now restricted to {after}.",
            (change, context) => change.Kind == ChangeKind.EnumConstraintAdded && InHeaderProperty(change)) { Family = "request-parameter-became-enum" },
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
