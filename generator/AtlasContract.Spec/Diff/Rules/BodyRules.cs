namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// Changes at the root schema of a request or response body (<see cref="Change.BodyRoot"/>: the body is now an
/// array, may be null, lost an enum value, …) under oasdiff's <c>request-body-*</c> / <c>response-body-*</c> ids. Each
/// was split from the property rule that classified it before (<see cref="Rule.Family"/>), at the same level: a
/// configuration naming that rule covers it too. The property rules leave these changes alone
/// (<see cref="LeaveRoot"/>); a root change no rule here names (a pattern, uniqueItems) stays with them.
/// Bounds at the body root are in <see cref="BoundRules"/>.
/// </summary>
internal static class BodyRules
{
    /// <summary>
    /// A scalar retyped inside a body that is not JSON (form data, text, XML: oasdiff's "not strongly typed"), where
    /// every value travels as text: a request value that becomes a string, or a response string that becomes a
    /// number or a boolean, reads the same. oasdiff's <c>*-type-compatible</c>.
    /// </summary>
    internal static bool IsTextCompatible(Change change)
    {
        if (change is not { Kind: ChangeKind.TypeChanged, MediaType: { } mediaType, Before: { } before, After: { } after }
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || !Concrete(before) || !Concrete(after))
        {
            return false;
        }

        return TypeOf(change.Area == Area.RequestBody ? after : before) == "string";
    }

    private static bool Concrete(string type) => !type.StartsWith("any", StringComparison.Ordinal) && !type.Contains('|', StringComparison.Ordinal);

    private static string TypeOf(string typeFormat) => typeFormat.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? typeFormat[..slash] : typeFormat;

    /// <summary>The (area, kind) pairs a rule below classifies at a body root.</summary>
    private static readonly HashSet<(Area, ChangeKind)> Covered = [];

    public static readonly Rule[] All =
    [
        // What clients send: the same judgement as for a property, said of the body itself.
        Root("request-body-type-changed", Level.Err, RuleKind.Type, [ChangeKind.TypeChanged, ChangeKind.TypeSpecialized, ChangeKind.FormatChanged, ChangeKind.FormatAdded],
            "request-property-type-changed", "changed type/format from {before} to {after}", change => !IsTextCompatible(change)),
        // Sent as text (not JSON): every value clients send still reads as a string.
        Root("request-body-type-compatible", Level.Info, RuleKind.Type, [ChangeKind.TypeChanged],
            "request-property-type-changed", "changed type from {before} to {after}; in a body that is not JSON every value clients send still reads as text", IsTextCompatible),
        Root("request-body-type-generalized", Level.Info, RuleKind.Type, [ChangeKind.TypeGeneralized, ChangeKind.FormatRemoved],
            "request-property-type-generalized", "accepts more: type/format {before} became {after}", change => change.After != SchemaComparer.WrappedInOneOf),
        // A payload valid before may now match several overlapping variants and be refused.
        Root("request-body-wrapped-in-one-of", Level.Err, RuleKind.Structure, [ChangeKind.TypeGeneralized],
            "request-property-type-generalized", "was wrapped in a oneOf ({before} is now one variant): a payload that matches several variants is refused", change => change.After == SchemaComparer.WrappedInOneOf),
        Root("request-body-enum-value-removed", Level.Err, RuleKind.Values, [ChangeKind.EnumValueRemoved],
            "request-property-enum-value-removed", "no longer accepts the value {before}"),
        Root("request-body-became-enum", Level.Err, RuleKind.Values, [ChangeKind.EnumConstraintAdded],
            "request-property-became-enum", "is now restricted to {after}"),
        Root("request-body-became-nullable", Level.Info, RuleKind.Type, [ChangeKind.BecameNullable],
            "request-property-became-nullable", "now accepts null"),
        Root("request-body-became-not-nullable", Level.Err, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "request-property-became-not-nullable", "no longer accepts null"),
        Root("request-body-default-value-added", Level.Info, RuleKind.Values, [ChangeKind.DefaultChanged],
            "request-property-default-value-changed", "now has the default {after}", change => change.Before == "none"),
        Root("request-body-default-value-removed", Level.Info, RuleKind.Values, [ChangeKind.DefaultChanged],
            "request-property-default-value-changed", "no longer has a default (was {before})", change => change.After == "none"),
        Root("request-body-default-value-changed", Level.Info, RuleKind.Values, [ChangeKind.DefaultChanged],
            "request-property-default-value-changed", "default changed from {before} to {after}", change => change.Before != "none" && change.After != "none"),
        Root("request-body-one-of-added", Level.Info, RuleKind.Structure, [ChangeKind.OneOfVariantAdded],
            "request-property-one-of-added", "accepts the new oneOf variant {after}"),
        Root("request-body-one-of-removed", Level.Err, RuleKind.Structure, [ChangeKind.OneOfVariantRemoved],
            "request-property-one-of-removed", "no longer accepts the oneOf variant {before}"),
        Root("request-body-any-of-added", Level.Info, RuleKind.Structure, [ChangeKind.AnyOfVariantAdded],
            "request-property-any-of-added", "accepts the new anyOf variant {after}"),
        Root("request-body-any-of-removed", Level.Err, RuleKind.Structure, [ChangeKind.AnyOfVariantRemoved],
            "request-property-any-of-removed", "no longer accepts the anyOf variant {before}"),
        Root("request-body-discriminator-added", Level.Info, RuleKind.Structure, [ChangeKind.DiscriminatorAdded],
            "request-property-discriminator-added", "now has a discriminator ({after})"),
        Root("request-body-discriminator-removed", Level.Info, RuleKind.Structure, [ChangeKind.DiscriminatorRemoved],
            "request-property-discriminator-removed", "no longer has a discriminator (was {before})"),
        Root("request-body-discriminator-property-name-changed", Level.Err, RuleKind.Structure, [ChangeKind.DiscriminatorPropertyChanged],
            "request-property-discriminator-property-name-changed", "discriminator property changed from {before} to {after}")
            with { Differs = "clients name the subtype by that property: their requests no longer select one", OasdiffLevel = Level.Info },
        Root("request-body-discriminator-mapping-added", Level.Info, RuleKind.Values, [ChangeKind.DiscriminatorMappingAdded],
            "request-property-discriminator-mapping-added", "accepts the new discriminator value {after}"),
        Root("request-body-discriminator-mapping-deleted", Level.Err, RuleKind.Values, [ChangeKind.DiscriminatorMappingRemoved],
            "request-property-discriminator-mapping-deleted", "no longer accepts the discriminator value {before}")
            with { Differs = "requests that send that discriminator value no longer select a subtype and are refused", OasdiffLevel = Level.Info },
        Root("request-body-discriminator-mapping-changed", Level.Info, RuleKind.Values, [ChangeKind.DiscriminatorMappingChanged],
            "request-property-discriminator-mapping-changed", "discriminator mapping changed from {before} to {after}"),

        // What clients read.
        Root("response-body-type-changed", Level.Err, RuleKind.Type, [ChangeKind.TypeChanged, ChangeKind.FormatChanged, ChangeKind.FormatRemoved],
            "response-property-type-changed", "changed type/format from {before} to {after}", change => !IsTextCompatible(change)),
        // Read as text (not JSON): clients reading a string read the new value as one.
        Root("response-body-type-compatible", Level.Info, RuleKind.Type, [ChangeKind.TypeChanged],
            "response-property-type-changed", "changed type from {before} to {after}; in a body that is not JSON clients reading a string read the same text", IsTextCompatible),
        Root("response-body-type-generalized", Level.Err, RuleKind.Type, [ChangeKind.TypeGeneralized],
            "response-property-type-changed", "may now hold more: type {before} became {after}", change => change.After != SchemaComparer.WrappedInOneOf),
        // Readers built for the one shape now meet a choice of shapes.
        Root("response-body-wrapped-in-one-of", Level.Err, RuleKind.Structure, [ChangeKind.TypeGeneralized],
            "response-property-type-changed", "was wrapped in a oneOf ({before} is now one variant): readers of the one shape meet a choice of several", change => change.After == SchemaComparer.WrappedInOneOf),
        Root("response-body-type-specialized", Level.Info, RuleKind.Type, [ChangeKind.TypeSpecialized, ChangeKind.FormatAdded],
            "response-property-type-specialized", "holds less: type/format {before} became {after}"),
        Root("response-body-became-nullable", Level.Err, RuleKind.Type, [ChangeKind.BecameNullable],
            "response-property-became-nullable", "may now be null"),
        Root("response-body-became-not-nullable", Level.Info, RuleKind.Type, [ChangeKind.BecameNotNullable],
            "response-property-became-not-nullable", "is never null any more"),
        Root("response-mediatype-enum-value-removed", Level.Info, RuleKind.Values, [ChangeKind.EnumValueRemoved],
            "response-property-enum-value-removed", "no longer holds the value {before}"),
        Root("response-body-default-value-added", Level.Info, RuleKind.Values, [ChangeKind.DefaultChanged],
            "response-property-default-value-changed", "now has the default {after}", change => change.Before == "none"),
        Root("response-body-default-value-removed", Level.Info, RuleKind.Values, [ChangeKind.DefaultChanged],
            "response-property-default-value-changed", "no longer has a default (was {before})", change => change.After == "none"),
        Root("response-body-default-value-changed", Level.Info, RuleKind.Values, [ChangeKind.DefaultChanged],
            "response-property-default-value-changed", "default changed from {before} to {after}", change => change.Before != "none" && change.After != "none"),
        Root("response-body-one-of-added", Level.Err, RuleKind.Structure, [ChangeKind.OneOfVariantAdded],
            "response-property-one-of-added", "may hold the new oneOf variant {after}"),
        Root("response-body-one-of-removed", Level.Info, RuleKind.Structure, [ChangeKind.OneOfVariantRemoved],
            "response-property-one-of-removed", "no longer holds the oneOf variant {before}"),
        Root("response-body-any-of-added", Level.Info, RuleKind.Structure, [ChangeKind.AnyOfVariantAdded],
            "response-property-any-of-added", "may match the new anyOf variant {after}"),
        Root("response-body-any-of-removed", Level.Info, RuleKind.Structure, [ChangeKind.AnyOfVariantRemoved],
            "response-property-any-of-removed", "no longer matches the anyOf variant {before}"),
        Root("response-body-discriminator-added", Level.Info, RuleKind.Structure, [ChangeKind.DiscriminatorAdded],
            "response-property-discriminator-added", "now has a discriminator ({after})"),
        Root("response-body-discriminator-removed", Level.Info, RuleKind.Structure, [ChangeKind.DiscriminatorRemoved],
            "response-property-discriminator-removed", "no longer has a discriminator (was {before})"),
        Root("response-body-discriminator-property-name-changed", Level.Err, RuleKind.Structure, [ChangeKind.DiscriminatorPropertyChanged],
            "response-property-discriminator-property-name-changed", "discriminator property changed from {before} to {after}")
            with { Differs = "generated clients pick the subtype by that property: they can no longer tell the variants apart", OasdiffLevel = Level.Info },
        Root("response-body-discriminator-mapping-added", Level.Warn, RuleKind.Values, [ChangeKind.DiscriminatorMappingAdded],
            "response-property-discriminator-mapping-added", "may hold the new discriminator value {after}")
            with { Differs = "a subtype strict clients do not know may arrive, as with a new enum value (WARN)", OasdiffLevel = Level.Info },
        Root("response-body-discriminator-mapping-deleted", Level.Info, RuleKind.Values, [ChangeKind.DiscriminatorMappingRemoved],
            "response-property-discriminator-mapping-deleted", "no longer holds the discriminator value {before}"),
        Root("response-body-discriminator-mapping-changed", Level.Info, RuleKind.Values, [ChangeKind.DiscriminatorMappingChanged],
            "response-property-discriminator-mapping-changed", "discriminator mapping changed from {before} to {after}"),
    ];

    /// <summary>
    /// The property rules of <paramref name="rules"/>, each leaving to the rules above the body-root changes they
    /// classify: of the two, exactly one speaks.
    /// </summary>
    public static IEnumerable<Rule> LeaveRoot(IEnumerable<Rule> rules) =>
        rules.Select(rule => rule with { Matches = (change, context) => !(change.BodyRoot && Covered.Contains((change.Area, change.Kind))) && rule.Matches(change, context) });

    /// <summary>One body-root rule: its side comes from the id, <paramref name="family"/> is the property rule it was split from.</summary>
    private static Rule Root(string id, Level level, RuleKind kind, ChangeKind[] on, string family, string says, Func<Change, bool>? when = null)
    {
        var area = id.StartsWith("request", StringComparison.Ordinal) ? Area.RequestBody : Area.Response;
        foreach (var k in on)
        {
            Covered.Add((area, k));
        }

        return new Rule(id, level, area == Area.RequestBody ? Direction.Request : Direction.Response, kind, on,
            $"{{operation}}: {(area == Area.RequestBody ? "request" : "response")} body {{path}} {says}.",
            (change, _) => change.BodyRoot && change.Area == area && on.Contains(change.Kind) && (when is null || when(change)))
        {
            Family = family,
            BodyRoot = true,
        };
    }
}
