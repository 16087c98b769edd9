namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Response headers. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class HeaderRules
{
    /// <summary>Header schema changes a client parsing the old values may trip on.</summary>
    private static readonly ChangeKind[] Breaking =
    [
        ChangeKind.TypeChanged, ChangeKind.FormatChanged, ChangeKind.FormatRemoved,
        ChangeKind.EnumValueAdded, ChangeKind.EnumConstraintRemoved, ChangeKind.ConstraintLoosened, ChangeKind.ListOfTypesWidened,
    ];

    /// <summary>Every other change inside a header's schema, except those the response-property rules cover for headers too (uniqueItems, additionalProperties, the 2020-12 keywords).</summary>
    private static readonly ChangeKind[] Narrowing = SchemaKinds.All
        .Except(Breaking)
        .Except([ChangeKind.UniqueItemsSet, ChangeKind.UniqueItemsUnset, ChangeKind.AdditionalPropertiesAllowed, ChangeKind.AdditionalPropertiesDisallowed, ChangeKind.AdditionalPropertiesRestricted])
        .Except(SchemaKinds.Keywords)
        .Except([ChangeKind.PropertyStabilityChanged])
        .Except([ChangeKind.TypeGeneralized, ChangeKind.TypeSpecialized, ChangeKind.BecameNullable, ChangeKind.BecameNotNullable])
        .ToArray();

    /// <summary>A plain string header that became a scalar: every new value still reads as the text it is.</summary>
    private static bool IsTextCompatible(Change change) =>
        change is { Kind: ChangeKind.TypeChanged, Before: "string", After: { } after } && after.Split('/')[0] is "integer" or "number" or "boolean";

    public static readonly Rule[] All =
    [
        // Clients reading it break.
        new("required-response-header-removed", Level.Err, Direction.Response, RuleKind.Existence, [ChangeKind.HeaderRemoved],
            "{operation}: required response header {path} was removed.",
            (change, context) => change is { Kind: ChangeKind.HeaderRemoved, Required: true }),
        // Clients reading it (rate limits, Retry-After) lose the information.
        new("optional-response-header-removed", Level.Warn, Direction.Response, RuleKind.Existence, [ChangeKind.HeaderRemoved],
            "{operation}: response header {path} was removed.",
            (change, context) => change is { Kind: ChangeKind.HeaderRemoved, Required: false }),
        // Clients ignore headers they do not read.
        new("response-header-added", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.HeaderAdded],
            "{operation}: new response header {path}.",
            (change, context) => change.Kind == ChangeKind.HeaderAdded),
        // Clients relying on it break when it is absent.
        new("response-header-became-optional", Level.Err, Direction.Response, RuleKind.Requiredness, [ChangeKind.HeaderBecameOptional],
            "{operation}: response header {path} became optional.",
            (change, context) => change.Kind == ChangeKind.HeaderBecameOptional),
        // A stronger guarantee.
        new("response-header-became-required", Level.Info, Direction.Response, RuleKind.Requiredness, [ChangeKind.HeaderBecameRequired],
            "{operation}: response header {path} became required.",
            (change, context) => change.Kind == ChangeKind.HeaderBecameRequired),
        // Clients parsing the header the old way break.
        new("response-header-type-changed", Level.Err, Direction.Response, RuleKind.Type, Breaking,
            "{operation}: response header {path} changed from {before} to {after}.",
            (change, context) => change.Area == Area.ResponseHeader && Breaking.Contains(change.Kind) && !IsTextCompatible(change)),
        // A header value is text on the wire: a client reading a plain string still reads "123" or "true".
        new("response-header-type-compatible", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.TypeChanged],
            "{operation}: response header {path} changed from {before} to {after}; clients reading it as text read the same value.",
            (change, context) => change.Area == Area.ResponseHeader && IsTextCompatible(change)),
        // Clients parsing the old type meet values they do not expect (integer → number, a type dropped).
        new("response-header-type-generalized", Level.Err, Direction.Response, RuleKind.Type, [ChangeKind.TypeGeneralized],
            "{operation}: response header {path} may now hold more: type {before} became {after}.",
            (change, context) => change is { Area: Area.ResponseHeader, Kind: ChangeKind.TypeGeneralized }) { Family = "response-header-type-changed" },
        // Clients that parse the value meet an empty one.
        new("response-header-became-nullable", Level.Err, Direction.Response, RuleKind.Type, [ChangeKind.BecameNullable],
            "{operation}: response header {path} may now be null.",
            (change, context) => change is { Area: Area.ResponseHeader, Kind: ChangeKind.BecameNullable }) { Family = "response-header-type-changed" },
        // Every new value is still a valid old value.
        new("response-header-type-specialized", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.TypeSpecialized],
            "{operation}: response header {path} holds less: type {before} became {after}.",
            (change, context) => change is { Area: Area.ResponseHeader, Kind: ChangeKind.TypeSpecialized }) { Family = "response-header-schema-narrowed" },
        // A stronger guarantee.
        new("response-header-became-not-nullable", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "{operation}: response header {path} is never null any more.",
            (change, context) => change is { Area: Area.ResponseHeader, Kind: ChangeKind.BecameNotNullable }) { Family = "response-header-schema-narrowed" },
        // Every new value is still a valid old value.
        new("response-header-schema-narrowed", Level.Info, Direction.Response, RuleKind.Type, Narrowing,
            "{operation}: response header {path} schema changed ({before} → {after}).",
            (change, context) => change.Area == Area.ResponseHeader && Narrowing.Contains(change.Kind)),
        // Generated code marks it obsolete: a notice to stop relying on it before it goes.
        new("response-header-deprecated", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.HeaderDeprecated],
            "{operation}: response header {path} is now deprecated.",
            (change, context) => change.Kind == ChangeKind.HeaderDeprecated),
        // The notice is withdrawn.
        new("response-header-reactivated", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.HeaderReactivated],
            "{operation}: response header {path} is no longer deprecated.",
            (change, context) => change.Kind == ChangeKind.HeaderReactivated),
    ];
}
