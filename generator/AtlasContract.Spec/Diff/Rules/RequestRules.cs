namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Request bodies, their media types and the properties clients send. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class RequestRules
{
    public static readonly Rule[] All =
    [
        // Existing calls send none and will be rejected.
        new("request-body-added-required", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.RequestBodyAdded],
            "{operation}: a required request body was added.",
            (change, context) => change is { Kind: ChangeKind.RequestBodyAdded, Required: true }),
        // Existing calls keep working.
        new("request-body-added-optional", Level.Info, Direction.Request, RuleKind.Existence, [ChangeKind.RequestBodyAdded],
            "{operation}: an optional request body was added.",
            (change, context) => change is { Kind: ChangeKind.RequestBodyAdded, Required: false }),
        // What clients send is now ignored or rejected.
        new("request-body-removed", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.RequestBodyRemoved],
            "{operation}: the request body was removed.",
            (change, context) => change.Kind == ChangeKind.RequestBodyRemoved),
        // Calls without a body will be rejected.
        new("request-body-became-required", Level.Err, Direction.Request, RuleKind.Requiredness, [ChangeKind.RequestBodyBecameRequired],
            "{operation}: the request body became required.",
            (change, context) => change.Kind == ChangeKind.RequestBodyBecameRequired),
        // Relaxes a constraint.
        new("request-body-became-optional", Level.Info, Direction.Request, RuleKind.Requiredness, [ChangeKind.RequestBodyBecameOptional],
            "{operation}: the request body became optional.",
            (change, context) => change.Kind == ChangeKind.RequestBodyBecameOptional),
        // Clients sending that media type will be rejected.
        new("request-body-media-type-removed", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.MediaTypeRemoved],
            "{operation}: request media type {before} is no longer accepted.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.MediaTypeRemoved }),
        // Widening what is accepted.
        new("request-body-media-type-added", Level.Info, Direction.Request, RuleKind.Existence, [ChangeKind.MediaTypeAdded],
            "{operation}: request media type {after} is now accepted.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.MediaTypeAdded }),
        // A body that could be anything must now match a schema: what clients send may be refused.
        new("request-body-media-type-schema-added", Level.Err, Direction.Request, RuleKind.Structure, [ChangeKind.MediaTypeSchemaAdded],
            "{operation}: request media type {after} now declares a schema: bodies clients send must match it.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.MediaTypeSchemaAdded }),
        // Any body is accepted now.
        new("request-body-media-type-schema-removed", Level.Info, Direction.Request, RuleKind.Structure, [ChangeKind.MediaTypeSchemaRemoved],
            "{operation}: request media type {before} no longer declares a schema: any body is accepted.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.MediaTypeSchemaRemoved }),
        // Existing requests lack it and will be rejected.
        new("new-required-request-property", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.PropertyAdded],
            "{operation}: new required request property {path}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyAdded, Required: true, After: null } && !ParameterPropertyRules.InHeaderProperty(change)),
        // As above: a request without it is invalid under the new contract; the default is only the server's fallback.
        new("new-required-request-property-with-default", Level.Err, Direction.Request, RuleKind.Existence, [ChangeKind.PropertyAdded],
            "{operation}: new required request property {path} (default {after}): requests that omit it no longer validate.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyAdded, Required: true, After: not null } && !ParameterPropertyRules.InHeaderProperty(change))
            { Family = "new-required-request-property" },
        // Existing requests keep working.
        new("new-optional-request-property", Level.Info, Direction.Request, RuleKind.Existence, [ChangeKind.PropertyAdded],
            "{operation}: new optional request property {path}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyAdded, Required: false }),
        // Clients still sending it may be rejected or silently ignored.
        new("request-property-removed", Level.Warn, Direction.Request, RuleKind.Existence, [ChangeKind.PropertyRemoved],
            "{operation}: request property {path} was removed.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.PropertyRemoved),
        // Requests that omit it will be rejected.
        new("request-property-became-required", Level.Err, Direction.Request, RuleKind.Requiredness, [ChangeKind.PropertyBecameRequired],
            "{operation}: request property {path} became required.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyBecameRequired, After: null } && !ParameterPropertyRules.InHeaderProperty(change)),
        // As above: the default is the server's fallback, not a licence to omit a required property.
        new("request-property-became-required-with-default", Level.Err, Direction.Request, RuleKind.Requiredness, [ChangeKind.PropertyBecameRequired],
            "{operation}: request property {path} became required (default {after}): requests that omit it no longer validate.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyBecameRequired, After: not null } && !ParameterPropertyRules.InHeaderProperty(change))
            { Family = "request-property-became-required" },
        // Relaxes a constraint.
        new("request-property-became-optional", Level.Info, Direction.Request, RuleKind.Requiredness, [ChangeKind.PropertyBecameOptional],
            "{operation}: request property {path} became optional.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.PropertyBecameOptional),
        // Values clients send today may no longer be accepted.
        new("request-property-type-changed", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.TypeChanged, ChangeKind.TypeSpecialized, ChangeKind.FormatChanged, ChangeKind.FormatAdded],
            "{operation}: request property {path} changed type/format from {before} to {after}.",
            (change, context) => change.Area == Area.RequestBody && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeSpecialized or ChangeKind.FormatChanged or ChangeKind.FormatAdded && !BodyRules.IsTextCompatible(change)),
        // Sent as text (not JSON): every value clients send still reads as a string.
        new("request-property-type-compatible", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.TypeChanged],
            "{operation}: request property {path} changed type from {before} to {after}; in a body that is not JSON every value clients send still reads as text.",
            (change, context) => change.Area == Area.RequestBody && BodyRules.IsTextCompatible(change)) { Family = "request-property-type-changed" },
        // A format that restricts nothing (password, a vendor's own): every value clients send is still valid.
        new("request-property-format-annotation-changed", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.FormatAnnotationChanged],
            "{operation}: request property {path} format annotation changed from {before} to {after}; the values it accepts are the same.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.FormatAnnotationChanged }),
        // Clients that send a valid subtype keep doing so: the discriminator names what they already send.
        new("request-property-discriminator-added", Level.Info, Direction.Request, RuleKind.Structure, [ChangeKind.DiscriminatorAdded],
            "{operation}: request {path} now has a discriminator ({after}).",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.DiscriminatorAdded),
        // The variants are told apart by their shape again.
        new("request-property-discriminator-removed", Level.Info, Direction.Request, RuleKind.Structure, [ChangeKind.DiscriminatorRemoved],
            "{operation}: request {path} no longer has a discriminator (was {before}).",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.DiscriminatorRemoved),
        // Widening what is accepted.
        new("request-property-type-generalized", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.TypeGeneralized, ChangeKind.FormatRemoved],
            "{operation}: request property {path} accepts more: type/format {before} became {after}.",
            (change, context) => change.Area == Area.RequestBody && change.Kind is ChangeKind.TypeGeneralized or ChangeKind.FormatRemoved),
        // Clients sending that value will be rejected.
        new("request-property-enum-value-removed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.EnumValueRemoved],
            "{operation}: request property {path} no longer accepts the value {before}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.EnumValueRemoved }),
        // Widening what is accepted.
        new("request-property-enum-value-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.EnumValueAdded],
            "{operation}: request property {path} accepts the new value {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.EnumValueAdded }),
        // Clients sending that value will be rejected, extensible list or not.
        new("request-property-x-extensible-enum-value-removed", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.ExtensibleEnumValueRemoved],
            "{operation}: request property {path} no longer accepts the x-extensible-enum value {before}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.ExtensibleEnumValueRemoved }),
        // Widening what is accepted.
        new("request-property-x-extensible-enum-value-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.ExtensibleEnumValueAdded],
            "{operation}: request property {path} accepts the new x-extensible-enum value {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.ExtensibleEnumValueAdded }),
        // Values outside the list will be rejected.
        new("request-property-became-enum", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.EnumConstraintAdded],
            "{operation}: request property {path} is now restricted to {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.EnumConstraintAdded }),
        // Widening what is accepted.
        new("request-property-enum-constraint-removed", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.EnumConstraintRemoved],
            "{operation}: request property {path} is no longer restricted to {before}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.EnumConstraintRemoved }),
        // Values clients send today may not match.
        new("request-property-pattern-added", Level.Err, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternAdded],
            "{operation}: request property {path} must now match the pattern {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.PatternAdded }),
        // May reject values that matched before.
        new("request-property-pattern-changed", Level.Warn, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternChanged],
            "{operation}: request property {path} pattern changed from {before} to {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.PatternChanged, After: not ParameterRules.MatchesAll }),
        // Accepts every value: nothing clients send is refused.
        new("request-property-pattern-generalized", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternChanged],
            "{operation}: request property {path} pattern changed from {before} to the more general {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.PatternChanged, After: ParameterRules.MatchesAll }) { Family = "request-property-pattern-changed" },
        // Relaxes a constraint.
        new("request-property-pattern-removed", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.PatternRemoved],
            "{operation}: request property {path} no longer has a pattern (was {before}).",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.PatternRemoved }),
        // Clients sending null will be rejected.
        new("request-property-became-not-nullable", Level.Err, Direction.Request, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "{operation}: request property {path} no longer accepts null.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.BecameNotNullable }),
        // Widening what is accepted.
        new("request-property-became-nullable", Level.Info, Direction.Request, RuleKind.Type, [ChangeKind.BecameNullable],
            "{operation}: request property {path} now accepts null.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.BecameNullable }),
        // Documentation of server behaviour; the wire format is the same.
        new("request-property-default-value-changed", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: default of request property {path} changed from {before} to {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.DefaultChanged, Before: not "none", After: not "none" }),
        // As above: what the server assumes when clients leave it out.
        new("request-property-default-value-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: request property {path} now has the default {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.DefaultChanged, Before: "none" }) { Family = "request-property-default-value-changed" },
        // As above.
        new("request-property-default-value-removed", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.DefaultChanged],
            "{operation}: request property {path} no longer has a default (was {before}).",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.DefaultChanged, After: "none" }) { Family = "request-property-default-value-changed" },
        // Clients sending that shape will be rejected.
        new("request-property-one-of-removed", Level.Err, Direction.Request, RuleKind.Structure, [ChangeKind.OneOfVariantRemoved],
            "{operation}: request {path} no longer accepts the oneOf variant {before}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.OneOfVariantRemoved),
        // Widening what is accepted.
        new("request-property-one-of-added", Level.Info, Direction.Request, RuleKind.Structure, [ChangeKind.OneOfVariantAdded],
            "{operation}: request {path} accepts the new oneOf variant {after}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.OneOfVariantAdded),
        // Clients sending that shape will be rejected.
        new("request-property-any-of-removed", Level.Err, Direction.Request, RuleKind.Structure, [ChangeKind.AnyOfVariantRemoved],
            "{operation}: request {path} no longer accepts the anyOf variant {before}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.AnyOfVariantRemoved),
        // Widening what is accepted.
        new("request-property-any-of-added", Level.Info, Direction.Request, RuleKind.Structure, [ChangeKind.AnyOfVariantAdded],
            "{operation}: request {path} accepts the new anyOf variant {after}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.AnyOfVariantAdded),
        // Values clients send today may be rejected.
        new("request-property-constraint-tightened", Level.Err, Direction.Request, RuleKind.Constraints, [ChangeKind.ConstraintTightened],
            "{operation}: request property {path} accepts less: {before} became {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.ConstraintTightened } && !BoundRules.IsCovered(change)),
        // Values beyond the new bound will be rejected.
        new("request-property-constraint-set", Level.Warn, Direction.Request, RuleKind.Constraints, [ChangeKind.ConstraintSet],
            "{operation}: request property {path} is now bounded: {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.ConstraintSet } && !BoundRules.IsCovered(change)),
        // Widening what is accepted.
        new("request-property-constraint-loosened", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.ConstraintLoosened],
            "{operation}: request property {path} accepts more: {before} became {after}.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.ConstraintLoosened } && !BoundRules.IsCovered(change)),
        // The server no longer takes it (readOnly): what clients send is ignored or rejected; they had to send it.
        new("request-required-property-became-read-only", Level.Err, Direction.Request, RuleKind.Mutability, [ChangeKind.PropertyBecameReadOnly],
            "{operation}: required request property {path} became readOnly: the server no longer takes it.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyBecameReadOnly, Required: true })
            { Differs = "the value clients must send is now ignored or refused: what they set no longer takes effect", OasdiffLevel = Level.Info },
        // As above, for a value clients chose to send.
        new("request-optional-property-became-read-only", Level.Err, Direction.Request, RuleKind.Mutability, [ChangeKind.PropertyBecameReadOnly],
            "{operation}: optional request property {path} became readOnly: the server no longer takes it.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyBecameReadOnly, Required: false })
            { Differs = "clients that set it are now ignored or refused: what they set no longer takes effect", OasdiffLevel = Level.Info },
        // Clients never sent it (it was readOnly) and must now: their requests lack it.
        new("request-required-property-became-not-read-only", Level.Err, Direction.Request, RuleKind.Mutability, [ChangeKind.PropertyBecameNotReadOnly],
            "{operation}: request property {path} is no longer readOnly and is required: existing requests lack it.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyBecameNotReadOnly, Required: true })
            { Differs = "clients never sent it (it was readOnly) and now must: as a new required property", OasdiffLevel = Level.Info },
        // Clients may now send it; nothing they send today changes.
        new("request-optional-property-became-not-read-only", Level.Info, Direction.Request, RuleKind.Mutability, [ChangeKind.PropertyBecameNotReadOnly],
            "{operation}: optional request property {path} is no longer readOnly: clients may send it.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change is { Kind: ChangeKind.PropertyBecameNotReadOnly, Required: false }),
        // Clients name the subtype by that property: their requests no longer select one.
        new("request-property-discriminator-property-name-changed", Level.Err, Direction.Request, RuleKind.Structure, [ChangeKind.DiscriminatorPropertyChanged],
            "{operation}: request {path} discriminator property changed from {before} to {after}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.DiscriminatorPropertyChanged) { Differs = "clients name the subtype by that property: their requests no longer select one", OasdiffLevel = Level.Info },
        // A new subtype clients may send.
        new("request-property-discriminator-mapping-added", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.DiscriminatorMappingAdded],
            "{operation}: request {path} accepts the new discriminator value {after}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.DiscriminatorMappingAdded),
        // Requests of that subtype are rejected.
        new("request-property-discriminator-mapping-deleted", Level.Err, Direction.Request, RuleKind.Values, [ChangeKind.DiscriminatorMappingRemoved],
            "{operation}: request {path} no longer accepts the discriminator value {before}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.DiscriminatorMappingRemoved) { Differs = "requests that send that discriminator value no longer select a subtype and are refused", OasdiffLevel = Level.Info },
        // The value clients send selects another schema: what it accepts is compared variant by variant on its own.
        new("request-property-discriminator-mapping-changed", Level.Info, Direction.Request, RuleKind.Values, [ChangeKind.DiscriminatorMappingChanged],
            "{operation}: request {path} discriminator mapping changed from {before} to {after}.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.DiscriminatorMappingChanged),
        // Generated code marks it obsolete: a notice to stop sending it, nothing breaks yet.
        new("request-property-deprecated", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.Deprecated],
            "{operation}: request property {path} is now deprecated.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.Deprecated, After: null }),
        // The notice is withdrawn.
        new("request-property-reactivated", Level.Info, Direction.Request, RuleKind.Lifecycle, [ChangeKind.Reactivated],
            "{operation}: request property {path} is no longer deprecated.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.Reactivated }),
        // Clients that send a repeated item are now refused.
        new("request-property-unique-items-set", Level.Err, Direction.Request, RuleKind.Constraints, [ChangeKind.UniqueItemsSet],
            "{operation}: request property {path} must now hold unique items.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.UniqueItemsSet }),
        // Accepts more.
        new("request-property-unique-items-unset", Level.Info, Direction.Request, RuleKind.Constraints, [ChangeKind.UniqueItemsUnset],
            "{operation}: request property {path} no longer requires unique items.",
            (change, context) => change is { Area: Area.RequestBody, Kind: ChangeKind.UniqueItemsUnset }),
        // Clients that send fields beyond the declared ones (a generated AdditionalProperties bag) may be refused.
        new("request-property-additional-properties-disallowed", Level.Warn, Direction.Request, RuleKind.Structure, [ChangeKind.AdditionalPropertiesDisallowed],
            "{operation}: request object {path} no longer accepts undeclared properties.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.AdditionalPropertiesDisallowed),
        // Accepts more.
        new("request-property-additional-properties-allowed", Level.Info, Direction.Request, RuleKind.Structure, [ChangeKind.AdditionalPropertiesAllowed],
            "{operation}: request object {path} now accepts undeclared properties.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.AdditionalPropertiesAllowed),
        // Undeclared properties a client sends (a generated AdditionalProperties bag) must now match a schema: as a closure, it may refuse some.
        new("request-property-additional-properties-restricted", Level.Warn, Direction.Request, RuleKind.Structure, [ChangeKind.AdditionalPropertiesRestricted],
            "{operation}: undeclared properties of request object {path} must now follow a schema.",
            (change, context) => (change.Area is Area.Parameter or Area.RequestBody) && change.Kind == ChangeKind.AdditionalPropertiesRestricted),
    ];
}
