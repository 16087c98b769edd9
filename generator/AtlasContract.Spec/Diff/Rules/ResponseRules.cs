namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Response statuses, media types and the properties clients read. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class ResponseRules
{
    public static readonly Rule[] All =
    [
        // Clients handling that success response will meet something else.
        new("response-success-status-removed", Level.Err, Direction.Response, RuleKind.Existence,
            "{operation}: response status {before} was removed.",
            (change, context) => change.Kind == ChangeKind.StatusRemoved && context.IsSuccess(change.Status)),
        // Error handling for it becomes dead code.
        new("response-non-success-status-removed", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: error response {before} is no longer documented.",
            (change, context) => change.Kind == ChangeKind.StatusRemoved && !context.IsSuccess(change.Status)),
        // Documented in addition to the existing ones.
        new("response-success-status-added", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: new success status {after}.",
            (change, context) => change.Kind == ChangeKind.StatusAdded && context.IsSuccess(change.Status)),
        // Clients treat unknown errors generically.
        new("response-non-success-status-added", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: new error status {after}.",
            (change, context) => change.Kind == ChangeKind.StatusAdded && !context.IsSuccess(change.Status)),
        // Clients asking for that media type (an Atlas API version) get 406 or 410.
        new("response-media-type-removed", Level.Err, Direction.Response, RuleKind.Existence,
            "{operation}: response {status} media type {before} was removed (it had no sunset date).",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved } && !context.IsDate(change.Sunset)),
        // The version was announced to end on a date still ahead: clients relying on the announcement break early.
        new("response-media-type-removed-before-sunset", Level.Err, Direction.Response, RuleKind.Lifecycle,
            "{operation}: response {status} media type {before} was removed before its sunset date {sunset}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved } && context.IsFuture(change.Sunset)),
        // Removed as announced: its sunset date has passed.
        new("response-media-type-removed-after-sunset", Level.Info, Direction.Response, RuleKind.Lifecycle,
            "{operation}: response {status} media type {before} was removed after its sunset date {sunset}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeRemoved } && context.IsPast(change.Sunset)),
        // A new version clients can opt into.
        new("response-media-type-added", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: response {status} media type {after} was added.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.MediaTypeAdded }),
        // Clients reading it break.
        new("response-required-property-removed", Level.Err, Direction.Response, RuleKind.Existence,
            "{operation}: required response property {path} was removed.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyRemoved, Required: true }),
        // Clients reading it get nothing. (oasdiff rates this WARN; Atlas marks almost no response property required, so a removal is what a real break looks like.)
        new("response-optional-property-removed", Level.Err, Direction.Response, RuleKind.Existence,
            "{operation}: response property {path} was removed.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyRemoved, Required: false }),
        // Tolerant readers ignore fields they do not know.
        new("response-required-property-added", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: new required response property {path}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyAdded, Required: true }),
        // Tolerant readers ignore fields they do not know.
        new("response-optional-property-added", Level.Info, Direction.Response, RuleKind.Existence,
            "{operation}: new response property {path}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyAdded, Required: false }),
        // Clients that rely on it being present break when it is absent.
        new("response-property-became-optional", Level.Err, Direction.Response, RuleKind.Requiredness,
            "{operation}: response property {path} became optional.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameOptional }),
        // A stronger guarantee.
        new("response-property-became-required", Level.Info, Direction.Response, RuleKind.Requiredness,
            "{operation}: response property {path} became required.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameRequired }),
        // Clients that dereference it break.
        new("response-property-became-nullable", Level.Err, Direction.Response, RuleKind.Type,
            "{operation}: response property {path} may now be null.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.BecameNullable }),
        // A stronger guarantee.
        new("response-property-became-not-nullable", Level.Info, Direction.Response, RuleKind.Type,
            "{operation}: response property {path} is no longer nullable.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.BecameNotNullable }),
        // Clients deserialising the old type break.
        new("response-property-type-changed", Level.Err, Direction.Response, RuleKind.Type,
            "{operation}: response property {path} changed type/format from {before} to {after}.",
            (change, context) => change.Area == Area.Response && change.Kind is ChangeKind.TypeChanged or ChangeKind.TypeGeneralized or ChangeKind.FormatChanged or ChangeKind.FormatRemoved),
        // Every new value is still a valid old value.
        new("response-property-type-specialized", Level.Info, Direction.Response, RuleKind.Type,
            "{operation}: response property {path} narrowed from {before} to {after}.",
            (change, context) => change.Area == Area.Response && change.Kind is ChangeKind.TypeSpecialized or ChangeKind.FormatAdded),
        // Strict clients (closed enums) break on the new value; tolerant ones do not.
        new("response-property-enum-value-added", Level.Warn, Direction.Response, RuleKind.Values,
            "{operation}: response property {path} may now be {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumValueAdded }),
        // Clients keep handling a value that no longer comes.
        new("response-property-enum-value-removed", Level.Info, Direction.Response, RuleKind.Values,
            "{operation}: response property {path} is no longer {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumValueRemoved }),
        // Every new value is still a valid old value.
        new("response-property-became-enum", Level.Info, Direction.Response, RuleKind.Values,
            "{operation}: response property {path} is now one of {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumConstraintAdded }),
        // Strict clients break on values outside the old list.
        new("response-property-enum-constraint-removed", Level.Warn, Direction.Response, RuleKind.Constraints,
            "{operation}: response property {path} is no longer limited to {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.EnumConstraintRemoved }),
        // Documentation of values; clients do not validate responses against it.
        new("response-property-pattern-changed", Level.Info, Direction.Response, RuleKind.Constraints,
            "{operation}: response property {path} pattern changed from {before} to {after}.",
            (change, context) => change.Area == Area.Response && change.Kind is ChangeKind.PatternAdded or ChangeKind.PatternChanged or ChangeKind.PatternRemoved),
        // Documentation only.
        new("response-property-default-value-changed", Level.Info, Direction.Response, RuleKind.Values,
            "{operation}: default of response property {path} changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DefaultChanged }),
        // Clients that handle the known shapes meet one they do not know.
        new("response-property-one-of-added", Level.Err, Direction.Response, RuleKind.Structure,
            "{operation}: response {path} may now be the new oneOf variant {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.OneOfVariantAdded }),
        // Fewer shapes to handle.
        new("response-property-one-of-removed", Level.Info, Direction.Response, RuleKind.Structure,
            "{operation}: response {path} is no longer the oneOf variant {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.OneOfVariantRemoved }),
        // anyOf members overlap; the known ones still apply.
        new("response-property-any-of-added", Level.Info, Direction.Response, RuleKind.Structure,
            "{operation}: response {path} may also match the anyOf variant {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.AnyOfVariantAdded }),
        // Fewer shapes to handle.
        new("response-property-any-of-removed", Level.Info, Direction.Response, RuleKind.Structure,
            "{operation}: response {path} no longer matches the anyOf variant {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.AnyOfVariantRemoved }),
        // Clients sized for the old bound (buffers, columns, validation) break on longer or larger values.
        new("response-property-constraint-loosened", Level.Err, Direction.Response, RuleKind.Constraints,
            "{operation}: response property {path} may now exceed what clients expect: {before} became {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.ConstraintLoosened }),
        // Every new value is still a valid old value.
        new("response-property-constraint-tightened", Level.Info, Direction.Response, RuleKind.Constraints,
            "{operation}: response property {path} is now bounded more tightly: {before} became {after}.",
            (change, context) => change.Area == Area.Response && change.Kind is ChangeKind.ConstraintTightened or ChangeKind.ConstraintSet),
        // The server stops returning it (writeOnly): for readers it is a removal.
        new("response-property-became-write-only", Level.Err, Direction.Response, RuleKind.Mutability,
            "{operation}: response property {path} became writeOnly: it is no longer returned.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.PropertyBecameWriteOnly }),
        // Clients pick the subtype by that property: they can no longer tell the variants apart.
        new("response-discriminator-property-changed", Level.Err, Direction.Response, RuleKind.Structure,
            "{operation}: response {path} discriminator property changed from {before} to {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorPropertyChanged }),
        // A subtype strict clients do not know may arrive.
        new("response-discriminator-mapping-added", Level.Warn, Direction.Response, RuleKind.Values,
            "{operation}: response {path} may now carry the discriminator value {after}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorMappingAdded }),
        // A subtype is no longer returned: clients keep handling a case that never comes.
        new("response-discriminator-mapping-removed", Level.Info, Direction.Response, RuleKind.Values,
            "{operation}: response {path} no longer carries the discriminator value {before}.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.DiscriminatorMappingRemoved }),
        // Generated code marks it obsolete: a notice to stop reading it before it goes.
        new("response-property-deprecated", Level.Info, Direction.Response, RuleKind.Lifecycle,
            "{operation}: response property {path} is now deprecated.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.Deprecated }),
        // The notice is withdrawn.
        new("response-property-reactivated", Level.Info, Direction.Response, RuleKind.Lifecycle,
            "{operation}: response property {path} is no longer deprecated.",
            (change, context) => change is { Area: Area.Response, Kind: ChangeKind.Reactivated }),
        // Clients that keep the items in a set, or count on no repeats, may meet duplicates.
        new("response-property-unique-items-unset", Level.Warn, Direction.Response, RuleKind.Constraints,
            "{operation}: response property {path} may now hold repeated items.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.UniqueItemsUnset),
        // A stronger guarantee.
        new("response-property-unique-items-set", Level.Info, Direction.Response, RuleKind.Constraints,
            "{operation}: response property {path} now holds unique items.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.UniqueItemsSet),
        // Tolerant readers ignore fields they do not know.
        new("response-property-additional-properties-allowed", Level.Info, Direction.Response, RuleKind.Structure,
            "{operation}: response object {path} may now carry undeclared properties.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.AdditionalPropertiesAllowed),
        // A stronger guarantee.
        new("response-property-additional-properties-disallowed", Level.Info, Direction.Response, RuleKind.Structure,
            "{operation}: response object {path} now carries only its declared properties.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.AdditionalPropertiesDisallowed),
        // Undeclared properties now follow a schema: a stronger guarantee for readers.
        new("response-property-additional-properties-restricted", Level.Info, Direction.Response, RuleKind.Structure,
            "{operation}: undeclared properties of response object {path} now follow a schema.",
            (change, context) => change.Area is Area.Response or Area.ResponseHeader && change.Kind == ChangeKind.AdditionalPropertiesRestricted),
    ];
}
