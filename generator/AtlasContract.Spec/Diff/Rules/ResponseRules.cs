namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Response statuses, media types and the properties clients read. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class ResponseRules
{
    /// <summary>A type widened to "any" (the schema lost its type or its items): oasdiff's type-changed, not a widening within types.</summary>
    private static bool IsTypeDropped(Change change) =>
        change.Kind == ChangeKind.TypeGeneralized && change.After is { } after && (after.StartsWith("any", StringComparison.Ordinal) || after == SchemaComparer.WrappedInOneOf);

    public static readonly Rule[] All =
    [
        // Clients handling that success response will meet something else.
        new("response-success-status-removed", Level.Err, Direction.Response, RuleKind.Existence, [ChangeKind.StatusRemoved],
            "{operation}: response status {before} was removed.",
            (change, context) => change.Kind == ChangeKind.StatusRemoved && context.IsSuccess(change.Status)),
        // Error handling for it becomes dead code.
        new("response-non-success-status-removed", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.StatusRemoved],
            "{operation}: error response {before} is no longer documented.",
            (change, context) => change.Kind == ChangeKind.StatusRemoved && !context.IsSuccess(change.Status)),
        // Documented in addition to the existing ones.
        new("response-success-status-added", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.StatusAdded],
            "{operation}: new success status {after}.",
            (change, context) => change.Kind == ChangeKind.StatusAdded && context.IsSuccess(change.Status)),
        // Clients treat unknown errors generically.
        new("response-non-success-status-added", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.StatusAdded],
            "{operation}: new error status {after}.",
            (change, context) => change.Kind == ChangeKind.StatusAdded && !context.IsSuccess(change.Status)),
        // Readers that parsed any body still parse one that follows a schema.
        new("response-body-media-type-schema-added", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.MediaTypeSchemaAdded],
            "{operation}: response {status} media type {after} now declares a schema.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeSchemaAdded }),
        // Readers built from the schema may meet any body now.
        new("response-body-media-type-schema-removed", Level.Warn, Direction.Response, RuleKind.Structure, [ChangeKind.MediaTypeSchemaRemoved],
            "{operation}: response {status} media type {before} no longer declares a schema: the body may be anything.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeSchemaRemoved }),
        // Readers that expect the one media type may get another of the range.
        new("response-media-type-name-generalized", Level.Err, Direction.Response, RuleKind.Type, [ChangeKind.MediaTypeGeneralized],
            "{operation}: response {status} media type {before} became the range {after}: other media types may arrive.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeGeneralized }),
        // Readers of the range still read the one media type it narrowed to.
        new("response-media-type-name-specialized", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.MediaTypeSpecialized],
            "{operation}: response {status} media type range {before} became {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeSpecialized }),
        // Clients asking for that media type (an Atlas API version) get 406 or 410.
        new("response-media-type-removed", Level.Err, Direction.Response, RuleKind.Existence, [ChangeKind.MediaTypeRemoved],
            "{operation}: response {status} media type {before} was removed (it had no sunset date).",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved } && !context.IsDate(change.Sunset)),
        // The version was announced to end on a date still ahead: clients relying on the announcement break early.
        new("response-media-type-removed-before-sunset", Level.Err, Direction.Response, RuleKind.Lifecycle, [ChangeKind.MediaTypeRemoved],
            "{operation}: response {status} media type {before} was removed before its sunset date {sunset}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved } && context.IsFuture(change.Sunset)),
        // Removed as announced: its sunset date has passed.
        new("response-media-type-removed-after-sunset", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.MediaTypeRemoved],
            "{operation}: response {status} media type {before} was removed after its sunset date {sunset}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved } && context.IsPast(change.Sunset)),
        // A new version clients can opt into.
        new("response-media-type-added", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.MediaTypeAdded],
            "{operation}: response {status} media type {after} was added.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeAdded }),
        // Clients reading it break.
        new("response-required-property-removed", Level.Err, Direction.Response, RuleKind.Existence, [ChangeKind.PropertyRemoved],
            "{operation}: required response property {path} was removed.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyRemoved, Required: true }),
        // Clients reading it get nothing. (oasdiff rates this WARN; Atlas marks almost no response property required, so a removal is what a real break looks like.)
        new("response-optional-property-removed", Level.Err, Direction.Response, RuleKind.Existence, [ChangeKind.PropertyRemoved],
            "{operation}: response property {path} was removed.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyRemoved, Required: false }) { Differs = "Atlas marks almost no response property required: an optional property removed is what a real break of a reader looks like", OasdiffLevel = Level.Warn },
        // Tolerant readers ignore fields they do not know.
        new("response-required-property-added", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.PropertyAdded],
            "{operation}: new required response property {path}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyAdded, Required: true }),
        // Tolerant readers ignore fields they do not know.
        new("response-optional-property-added", Level.Info, Direction.Response, RuleKind.Existence, [ChangeKind.PropertyAdded],
            "{operation}: new response property {path}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyAdded, Required: false }),
        // Clients that rely on it being present break when it is absent.
        new("response-property-became-optional", Level.Err, Direction.Response, RuleKind.Requiredness, [ChangeKind.PropertyBecameOptional],
            "{operation}: response property {path} became optional.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameOptional }),
        // A stronger guarantee.
        new("response-property-became-required", Level.Info, Direction.Response, RuleKind.Requiredness, [ChangeKind.PropertyBecameRequired],
            "{operation}: response property {path} became required.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameRequired }),
        // Clients that dereference a value that was always there break.
        new("response-property-became-nullable", Level.Err, Direction.Response, RuleKind.Type, [ChangeKind.BecameNullable],
            "{operation}: response property {path} may now be null.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.BecameNullable, Required: true }),
        // An optional property could always be absent: readers already handle "no value", and most (C#, TypeScript, Java) read null and absent alike; a strict decoder that tells them apart may not.
        new("response-optional-property-became-nullable", Level.Warn, Direction.Response, RuleKind.Type, [ChangeKind.BecameNullable],
            "{operation}: optional response property {path} may now be null as well as absent.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.BecameNullable, Required: false }) { Differs = "an optional property could already be absent: readers handle \"no value\" already; only decoders that tell null from absent notice", OasdiffLevel = Level.Err },
        // A stronger guarantee.
        new("response-property-became-not-nullable", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "{operation}: response property {path} is no longer nullable.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.BecameNotNullable }),
        // Clients deserialising the old type break.
        new("response-property-type-changed", Level.Err, Direction.Response, RuleKind.Type, [ChangeKind.TypeChanged, ChangeKind.TypeGeneralized, ChangeKind.FormatChanged, ChangeKind.FormatRemoved],
            "{operation}: response property {path} changed type/format from {before} to {after}.",
            (change, context) => change.Area == Area.Response && (change.Kind is ChangeKind.TypeChanged or ChangeKind.FormatChanged or ChangeKind.FormatRemoved || IsTypeDropped(change)) && !BodyRules.IsTextCompatible(change)),
        // Read as text (not JSON): clients reading a string read the new value as one.
        new("response-property-type-compatible", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.TypeChanged],
            "{operation}: response property {path} changed type from {before} to {after}; in a body that is not JSON clients reading a string read the same text.",
            (change, context) => change.Area == Area.Response && BodyRules.IsTextCompatible(change)) { Family = "response-property-type-changed" },
        // Readers meet values of a type they do not parse (integer → number, a type dropped).
        new("response-property-type-generalized", Level.Err, Direction.Response, RuleKind.Type, [ChangeKind.TypeGeneralized],
            "{operation}: response property {path} may now hold more: type {before} became {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.TypeGeneralized } && !IsTypeDropped(change)) { Family = "response-property-type-changed" },
        // A format that restricts nothing (password, a vendor's own): the values clients read are the same.
        new("response-property-format-annotation-changed", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.FormatAnnotationChanged],
            "{operation}: response property {path} format annotation changed from {before} to {after}; its values are the same.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.FormatAnnotationChanged }),
        // The error body is the same schema under another media type: clients reading it by status read the same thing.
        new("response-media-type-name-changed", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.MediaTypeRenamed],
            "{operation}: error response {status} media type {before} was replaced by {after}, with the same schema.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRenamed }),
        // Subtypes the clients already read now name themselves in a property.
        new("response-property-discriminator-added", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.DiscriminatorAdded],
            "{operation}: response {path} now has a discriminator ({after}).",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorAdded }),
        // Clients that chose the subtype by that property must now tell the variants apart by their shape.
        new("response-property-discriminator-removed", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.DiscriminatorRemoved],
            "{operation}: response {path} no longer has a discriminator (was {before}).",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorRemoved }),
        // Every new value is still a valid old value.
        new("response-property-type-specialized", Level.Info, Direction.Response, RuleKind.Type, [ChangeKind.TypeSpecialized, ChangeKind.FormatAdded],
            "{operation}: response property {path} narrowed from {before} to {after}.",
            (change, context) => change.Area == Area.Response && change.Kind is ChangeKind.TypeSpecialized or ChangeKind.FormatAdded),
        // Strict clients (closed enums) break on the new value; tolerant ones do not.
        new("response-property-enum-value-added", Level.Warn, Direction.Response, RuleKind.Values, [ChangeKind.EnumValueAdded],
            "{operation}: response property {path} may now be {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumValueAdded }),
        // Clients keep handling a value that no longer comes.
        new("response-property-enum-value-removed", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.EnumValueRemoved],
            "{operation}: response property {path} is no longer {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumValueRemoved }),
        // The list was declared open: clients already take values they do not know (unlike a new enum value, WARN).
        new("response-property-x-extensible-enum-value-added", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.ExtensibleEnumValueAdded],
            "{operation}: response property {path} may now be the x-extensible-enum value {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.ExtensibleEnumValueAdded }),
        // Clients keep handling a value that no longer comes.
        new("response-property-x-extensible-enum-value-removed", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.ExtensibleEnumValueRemoved],
            "{operation}: response property {path} is no longer the x-extensible-enum value {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.ExtensibleEnumValueRemoved }),
        // Every new value is still a valid old value.
        new("response-property-became-enum", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.EnumConstraintAdded],
            "{operation}: response property {path} is now one of {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumConstraintAdded }),
        // Strict clients break on values outside the old list.
        new("response-property-enum-constraint-removed", Level.Warn, Direction.Response, RuleKind.Constraints, [ChangeKind.EnumConstraintRemoved],
            "{operation}: response property {path} is no longer limited to {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumConstraintRemoved }),
        // Documentation of values; clients do not validate responses against it.
        new("response-property-pattern-changed", Level.Info, Direction.Response, RuleKind.Constraints, [ChangeKind.PatternChanged],
            "{operation}: response property {path} pattern changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PatternChanged }),
        // As above.
        new("response-property-pattern-added", Level.Info, Direction.Response, RuleKind.Constraints, [ChangeKind.PatternAdded],
            "{operation}: response property {path} now has the pattern {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PatternAdded }) { Family = "response-property-pattern-changed" },
        // As above.
        new("response-property-pattern-removed", Level.Info, Direction.Response, RuleKind.Constraints, [ChangeKind.PatternRemoved],
            "{operation}: response property {path} no longer has the pattern {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PatternRemoved }) { Family = "response-property-pattern-changed" },
        // Documentation only.
        new("response-property-default-value-changed", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: default of response property {path} changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DefaultChanged, Before: not "none", After: not "none" }),
        // Documentation only.
        new("response-property-default-value-added", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: response property {path} now has the default {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DefaultChanged, Before: "none" }) { Family = "response-property-default-value-changed" },
        // Documentation only.
        new("response-property-default-value-removed", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: response property {path} no longer has a default (was {before}).",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DefaultChanged, After: "none" }) { Family = "response-property-default-value-changed" },
        // Clients that handle the known shapes meet one they do not know.
        new("response-property-one-of-added", Level.Err, Direction.Response, RuleKind.Structure, [ChangeKind.OneOfVariantAdded],
            "{operation}: response {path} may now be the new oneOf variant {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.OneOfVariantAdded }),
        // Fewer shapes to handle.
        new("response-property-one-of-removed", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.OneOfVariantRemoved],
            "{operation}: response {path} is no longer the oneOf variant {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.OneOfVariantRemoved }),
        // anyOf members overlap; the known ones still apply.
        new("response-property-any-of-added", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.AnyOfVariantAdded],
            "{operation}: response {path} may also match the anyOf variant {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.AnyOfVariantAdded }),
        // Fewer shapes to handle.
        new("response-property-any-of-removed", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.AnyOfVariantRemoved],
            "{operation}: response {path} no longer matches the anyOf variant {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.AnyOfVariantRemoved }),
        // Clients sized for the old bound (buffers, columns, validation) break on longer or larger values.
        new("response-property-constraint-loosened", Level.Err, Direction.Response, RuleKind.Constraints, [ChangeKind.ConstraintLoosened],
            "{operation}: response property {path} may now exceed what clients expect: {before} became {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.ConstraintLoosened } && !BoundRules.IsCovered(change)),
        // Every new value is still a valid old value.
        new("response-property-constraint-tightened", Level.Info, Direction.Response, RuleKind.Constraints, [ChangeKind.ConstraintTightened, ChangeKind.ConstraintSet],
            "{operation}: response property {path} is now bounded more tightly: {before} became {after}.",
            (change, context) => change.Area == Area.Response && change.Kind is ChangeKind.ConstraintTightened or ChangeKind.ConstraintSet && !BoundRules.IsCovered(change)),
        // The server no longer returns it (writeOnly): readers that count on it get nothing.
        new("response-required-property-became-write-only", Level.Err, Direction.Response, RuleKind.Mutability, [ChangeKind.PropertyBecameWriteOnly],
            "{operation}: required response property {path} became writeOnly: it is no longer returned.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameWriteOnly, Required: true })
            { Differs = "readers count on a required property: it is no longer returned, as if removed", OasdiffLevel = Level.Info },
        // As a removed optional property (response-optional-property-removed).
        new("response-optional-property-became-write-only", Level.Err, Direction.Response, RuleKind.Mutability, [ChangeKind.PropertyBecameWriteOnly],
            "{operation}: optional response property {path} became writeOnly: it is no longer returned.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameWriteOnly, Required: false })
            { Differs = "it is no longer returned, as if removed (response-optional-property-removed is ERR here)", OasdiffLevel = Level.Info },
        // A property readers never got now arrives: as any added property, harmless.
        new("response-required-property-became-not-write-only", Level.Info, Direction.Response, RuleKind.Mutability, [ChangeKind.PropertyBecameNotWriteOnly],
            "{operation}: required response property {path} is no longer writeOnly: it is now returned.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameNotWriteOnly, Required: true })
            { Differs = "a property readers never got now arrives: as any added property (response-required-property-added), nothing they read changes", OasdiffLevel = Level.Warn },
        // As above.
        new("response-optional-property-became-not-write-only", Level.Info, Direction.Response, RuleKind.Mutability, [ChangeKind.PropertyBecameNotWriteOnly],
            "{operation}: optional response property {path} is no longer writeOnly: it may now be returned.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameNotWriteOnly, Required: false }),
        // Clients pick the subtype by that property: they can no longer tell the variants apart.
        new("response-property-discriminator-property-name-changed", Level.Err, Direction.Response, RuleKind.Structure, [ChangeKind.DiscriminatorPropertyChanged],
            "{operation}: response {path} discriminator property changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorPropertyChanged }) { Differs = "generated clients pick the subtype by that property: they can no longer tell the variants apart", OasdiffLevel = Level.Info },
        // A subtype strict clients do not know may arrive.
        new("response-property-discriminator-mapping-added", Level.Warn, Direction.Response, RuleKind.Values, [ChangeKind.DiscriminatorMappingAdded],
            "{operation}: response {path} may now carry the discriminator value {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorMappingAdded }) { Differs = "a subtype strict clients do not know may arrive, as with a new enum value (WARN)", OasdiffLevel = Level.Info },
        // A subtype is no longer returned: clients keep handling a case that never comes.
        new("response-property-discriminator-mapping-deleted", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.DiscriminatorMappingRemoved],
            "{operation}: response {path} no longer carries the discriminator value {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorMappingRemoved }),
        // The value selects another schema: what it holds is compared variant by variant on its own.
        new("response-property-discriminator-mapping-changed", Level.Info, Direction.Response, RuleKind.Values, [ChangeKind.DiscriminatorMappingChanged],
            "{operation}: response {path} discriminator mapping changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorMappingChanged }),
        // Generated code marks it obsolete: a notice to stop reading it before it goes.
        new("response-property-deprecated", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.Deprecated],
            "{operation}: response property {path} is now deprecated.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.Deprecated, After: null }),
        // The notice is withdrawn.
        new("response-property-reactivated", Level.Info, Direction.Response, RuleKind.Lifecycle, [ChangeKind.Reactivated],
            "{operation}: response property {path} is no longer deprecated.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.Reactivated }),
        // Clients that keep the items in a set, or count on no repeats, may meet duplicates.
        new("response-property-unique-items-unset", Level.Warn, Direction.Response, RuleKind.Constraints, [ChangeKind.UniqueItemsUnset],
            "{operation}: response property {path} may now hold repeated items.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.UniqueItemsUnset),
        // A stronger guarantee.
        new("response-property-unique-items-set", Level.Info, Direction.Response, RuleKind.Constraints, [ChangeKind.UniqueItemsSet],
            "{operation}: response property {path} now holds unique items.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.UniqueItemsSet),
        // Tolerant readers ignore fields they do not know.
        new("response-property-additional-properties-allowed", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.AdditionalPropertiesAllowed],
            "{operation}: response object {path} may now carry undeclared properties.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.AdditionalPropertiesAllowed),
        // A stronger guarantee.
        new("response-property-additional-properties-disallowed", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.AdditionalPropertiesDisallowed],
            "{operation}: response object {path} now carries only its declared properties.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.AdditionalPropertiesDisallowed),
        // Undeclared properties now follow a schema: a stronger guarantee for readers.
        new("response-property-additional-properties-restricted", Level.Info, Direction.Response, RuleKind.Structure, [ChangeKind.AdditionalPropertiesRestricted],
            "{operation}: undeclared properties of response object {path} now follow a schema.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.AdditionalPropertiesRestricted),
    ];
}
