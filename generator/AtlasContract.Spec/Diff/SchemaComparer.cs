using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Diff;

/// <summary>
/// Compares two schemas structurally, following nested objects, arrays, additionalProperties, oneOf and
/// anyOf. Results are memoised per (base schema, revision schema, request/response side), so a schema
/// shared by hundreds of operations is compared once; a pair met again while being compared is a cycle
/// and contributes nothing more.
/// </summary>
internal sealed partial class SchemaComparer(SchemaView.Factory baseViews, SchemaView.Factory revisionViews)
{
    private readonly Dictionary<(JsonObject, JsonObject, bool), List<SchemaChange>> _memo = new(PairComparer.Instance);
    private readonly Dictionary<(JsonObject, JsonObject, bool), int> _active = new(PairComparer.Instance);

    /// <summary>The depth of the shallowest pair a cycle returned to while the current pair was compared.</summary>
    private int _cutAt = int.MaxValue;
    private SchemaComparer? _inverse;

    /// <summary>The comparer of revision against base, for what a <c>not</c> refuses (made on first use; its own inverse is this one).</summary>
    private SchemaComparer Inverse => _inverse ??= new SchemaComparer(revisionViews, baseViews) { _inverse = this };

    /// <summary>
    /// Compares one schema pair. <c>request</c> is true for parameters and request bodies (readOnly
    /// properties are not sent there), false for responses (writeOnly properties are never received).
    /// </summary>
    public IReadOnlyList<SchemaChange> Compare(JsonNode? baseSchema, JsonNode? revisionSchema, bool request)
    {
        if (baseViews.Resolve(baseSchema) is { } b && revisionViews.Resolve(revisionSchema) is { } r && Same(b, r))
        {
            return [];
        }

        return Compare(baseViews.Of(baseSchema), revisionViews.Of(revisionSchema), request);
    }

    private List<SchemaChange> Compare(SchemaView b, SchemaView r, bool request)
    {
        var key = (b.Key, r.Key, request);
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }

        // A schema reached by reference is checked for sameness once (memoised); inline ones are compared in full.
        if ((baseViews.PointerOf(b.Key) is not null || revisionViews.PointerOf(r.Key) is not null) && Same(b.Key, r.Key))
        {
            _memo[key] = known = [];
            return known;
        }

        if (_active.TryGetValue(key, out var open))
        {
            _cutAt = Math.Min(_cutAt, open);
            return [];
        }

        var depth = _active.Count;
        var outerCut = _cutAt;
        _cutAt = int.MaxValue;
        _active[key] = depth;
        var changes = new List<SchemaChange>();
        try
        {
            CompareHere(b, r, request, changes);
        }
        finally
        {
            _active.Remove(key);
        }

        // A cycle back to this pair contributes nothing more, so the result is whole; one back to a pair still being
        // compared further out left that pair's changes out of this result: it is right here but not to remember
        // (reached again from elsewhere, this pair is compared again, with the outer pair's changes in it).
        var whole = _cutAt >= depth;
        _cutAt = Math.Min(outerCut, _cutAt);

        if ((revisionViews.PointerOf(r.Key) ?? baseViews.PointerOf(b.Key)) is { } origin)
        {
            for (var i = 0; i < changes.Count; i++)
            {
                if (changes[i].Origin is null)
                {
                    changes[i] = changes[i] with { Origin = origin, OriginPath = changes[i].RelativePath };
                }
            }
        }

        if (whole)
        {
            _memo[key] = changes;
        }

        return changes;
    }

    private void CompareHere(SchemaView b, SchemaView r, bool request, List<SchemaChange> changes)
    {
        if (!CompareType(b, r, changes))
        {
            return;
        }

        CompareFormat(b, r, changes);
        CompareScalars(b, r, changes);
        Constraints.Compare(b, r, changes);
        CompareEnum(b, r, changes);
        CompareExtensibleEnum(b, r, changes);
        CompareProperties(b, r, request, changes);
        // An absent items or additionalProperties schema allows anything: against a typed one it is a type change.
        if (b.Items is not null || r.Items is not null)
        {
            Nest(Compare(baseViews.Of(b.Items), revisionViews.Of(r.Items), request), "[*]", changes);
        }

        // A closed side (additionalProperties: false) is the allowed/disallowed rules' business; an open object that
        // gains a value schema restricts what undeclared properties may hold.
        if (!b.Closed && !r.Closed && (b.AdditionalProperties is not null || r.AdditionalProperties is not null))
        {
            if (b.AdditionalProperties is null)
            {
                changes.Add(new SchemaChange(ChangeKind.AdditionalPropertiesRestricted, string.Empty));
            }
            else
            {
                Nest(Compare(baseViews.Of(b.AdditionalProperties), revisionViews.Of(r.AdditionalProperties), request), ".*", changes);
            }
        }

        CompareSubSchemas(b, r, request, changes);
        CompareNot(b, r, request, changes);
        CompareContent(b, r, changes);
        CompareDependentRequired(b, r, changes);
        CompareDiscriminator(b, r, changes);
        CompareVariants(b, r, b.OneOf, r.OneOf, ChangeKind.OneOfVariantAdded, ChangeKind.OneOfVariantRemoved, request, changes);
        CompareVariants(b, r, b.AnyOf, r.AnyOf, ChangeKind.AnyOfVariantAdded, ChangeKind.AnyOfVariantRemoved, request, changes);
        // Further choices of other allOf members, by position.
        for (var i = 0; i < Math.Max(b.MoreOneOf.Count, r.MoreOneOf.Count); i++)
        {
            CompareVariants(b, r, i < b.MoreOneOf.Count ? b.MoreOneOf[i] : null, i < r.MoreOneOf.Count ? r.MoreOneOf[i] : null, ChangeKind.OneOfVariantAdded, ChangeKind.OneOfVariantRemoved, request, changes);
        }

        for (var i = 0; i < Math.Max(b.MoreAnyOf.Count, r.MoreAnyOf.Count); i++)
        {
            CompareVariants(b, r, i < b.MoreAnyOf.Count ? b.MoreAnyOf[i] : null, i < r.MoreAnyOf.Count ? r.MoreAnyOf[i] : null, ChangeKind.AnyOfVariantAdded, ChangeKind.AnyOfVariantRemoved, request, changes);
        }
    }

    /// <returns>False when the types differ: nothing below a retyped node is worth comparing.</returns>
    private bool CompareType(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (string.Equals(b.Type, r.Type, StringComparison.Ordinal))
        {
            return true;
        }

        // Every integer is a number: number → integer narrows what is allowed, integer → number widens it.
        var kind = (b.Type, r.Type) switch
        {
            (null, _) => ChangeKind.TypeSpecialized,
            (_, null) => ChangeKind.TypeGeneralized,
            ("integer", "number") => ChangeKind.TypeGeneralized,
            ("number", "integer") => ChangeKind.TypeSpecialized,
            ({ } before, { } after) when before.Contains('|') || after.Contains('|') => ListOfTypes(before, after),
            _ => ChangeKind.TypeChanged,
        };
        changes.Add(new SchemaChange(kind, string.Empty, TypeFormat(b), IsWrappedInOneOf(b, r) ? WrappedInOneOf : TypeFormat(r)));
        return false;
    }

    /// <summary>What a schema became when it was wrapped in a oneOf (oasdiff's <c>*-wrapped-in-one-of</c>), as <see cref="SchemaChange.After"/> says it.</summary>
    internal const string WrappedInOneOf = "oneOf";

    /// <summary>A typed schema without choices became an untyped oneOf one of whose variants has its type: the same shape, now one choice of several.</summary>
    private bool IsWrappedInOneOf(SchemaView b, SchemaView r)
    {
        if (b.Type is null || r.Type is not null || b.OneOf is not null || r.OneOf is not { Count: > 0 } variants)
        {
            return false;
        }

        foreach (var variant in variants)
        {
            if (string.Equals(revisionViews.Of(variant).Type, b.Type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A 3.1 type array ("integer|string", sorted) that only gained types was widened, one that only lost types
    /// narrowed; one that did both changed. Only met when the two lists differ.
    /// </summary>
    private static ChangeKind ListOfTypes(string before, string after)
    {
        var old = before.Split('|');
        var now = after.Split('|');
        return Array.TrueForAll(old, t => Array.IndexOf(now, t) >= 0) ? ChangeKind.ListOfTypesWidened
            : Array.TrueForAll(now, t => Array.IndexOf(old, t) >= 0) ? ChangeKind.ListOfTypesNarrowed
            : ChangeKind.TypeChanged;
    }

    /// <summary>"string/date-time", "integer", "any": the type with its format, as messages show it.</summary>
    internal static string TypeFormat(SchemaView s) => s.Format is null ? s.Type ?? "any" : $"{s.Type ?? "any"}/{s.Format}";

    private static void CompareFormat(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (string.Equals(b.Format, r.Format, StringComparison.Ordinal))
        {
            return;
        }

        var kind = !Formats.Restricts(b.Format) && !Formats.Restricts(r.Format) ? ChangeKind.FormatAnnotationChanged
            : b.Format is null ? ChangeKind.FormatAdded : r.Format is null ? ChangeKind.FormatRemoved : ChangeKind.FormatChanged;
        changes.Add(new SchemaChange(kind, string.Empty, b.Format ?? "none", r.Format ?? "none"));
    }

    private static void CompareScalars(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (b.Nullable != r.Nullable)
        {
            // Required: the value was always there (a body, an item); a property's own requiredness replaces it when nested.
            changes.Add(new SchemaChange(r.Nullable ? ChangeKind.BecameNullable : ChangeKind.BecameNotNullable, string.Empty, Required: true));
        }

        if (!string.Equals(b.Pattern, r.Pattern, StringComparison.Ordinal))
        {
            var kind = b.Pattern is null ? ChangeKind.PatternAdded : r.Pattern is null ? ChangeKind.PatternRemoved : ChangeKind.PatternChanged;
            changes.Add(new SchemaChange(kind, string.Empty, b.Pattern ?? "none", r.Pattern ?? "none"));
        }

        Flag(changes, b.UniqueItems, r.UniqueItems, ChangeKind.UniqueItemsSet, ChangeKind.UniqueItemsUnset);
        Flag(changes, b.Closed, r.Closed, ChangeKind.AdditionalPropertiesDisallowed, ChangeKind.AdditionalPropertiesAllowed);
        if (!string.Equals(b.Default, r.Default, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(ChangeKind.DefaultChanged, string.Empty, b.Default ?? "none", r.Default ?? "none"));
        }
    }

    /// <summary>
    /// The 2020-12 sub-schemas (contains, prefixItems, propertyNames, patternProperties, dependentSchemas, if/then/else,
    /// contentSchema, unevaluatedItems/Properties), each compared inside where both sides have it; one that appears
    /// or goes is one change of its own kind (oasdiff's <c>*-contains-added</c>, …), not a retyping of "anything".
    /// </summary>
    private void CompareSubSchemas(SchemaView b, SchemaView r, bool request, List<SchemaChange> changes)
    {
        if (b.SubSchemas.Count == 0 && r.SubSchemas.Count == 0)
        {
            return;
        }

        foreach (var where in b.SubSchemas.Keys.Union(r.SubSchemas.Keys).Order(StringComparer.Ordinal))
        {
            var hadIt = b.SubSchemas.TryGetValue(where, out var before);
            var hasIt = r.SubSchemas.TryGetValue(where, out var after);
            if (hadIt && hasIt)
            {
                Nest(Compare(baseViews.Of(before.Node), revisionViews.Of(after.Node), request), where, changes);
            }
            else if (hasIt && after.Added == ChangeKind.PrefixItemsAdded && b.Items is not null)
            {
                // The position was the items schema's: it is retyped, not newly constrained.
                Nest(Compare(baseViews.Of(b.Items), revisionViews.Of(after.Node), request), where, changes);
            }
            else if (hadIt && before.Removed == ChangeKind.PrefixItemsRemoved && r.Items is not null)
            {
                Nest(Compare(baseViews.Of(before.Node), revisionViews.Of(r.Items), request), where, changes);
            }
            else if (hasIt)
            {
                changes.Add(new SchemaChange(after.Added, string.Empty, null, $"{where} {Summary(after.Node)}"));
            }
            else
            {
                changes.Add(new SchemaChange(before.Removed, string.Empty, $"{where} {Summary(before.Node)}", null));
            }
        }
    }

    /// <summary>
    /// <c>not</c>: what it matches is refused, so a change inside it means the opposite for the schema. Every
    /// <c>not</c> counts (a schema's own and each allOf member's): those alike on both sides are paired first, the
    /// rest by order. A pair: the revision's is compared against the base's (an enum value removed from what is
    /// refused is one now accepted), reported under "(not)". One that appears refuses values accepted before (a bound
    /// set); one that goes accepts more (a bound unset).
    /// </summary>
    private void CompareNot(SchemaView b, SchemaView r, bool request, List<SchemaChange> changes)
    {
        if (b.Nots.Count == 0 && r.Nots.Count == 0)
        {
            return;
        }

        var before = new List<JsonNode>(b.Nots);
        var after = new List<JsonNode>(r.Nots);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var same = after.FindIndex(a => Inverse.Compare(a, before[i], request).Count == 0);
            if (same >= 0)
            {
                before.RemoveAt(i);
                after.RemoveAt(same);
            }
        }

        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            if (i >= before.Count)
            {
                changes.Add(new SchemaChange(ChangeKind.ConstraintSet, string.Empty, "no not", "not " + Summary(after[i])));
            }
            else if (i >= after.Count)
            {
                changes.Add(new SchemaChange(ChangeKind.ConstraintLoosened, string.Empty, "not " + Summary(before[i]), "no not"));
            }
            else
            {
                Nest(Inverse.Compare(after[i], before[i], request), "(not)", changes);
            }
        }
    }

    /// <summary>A <c>not</c> schema as messages show it: its JSON, cut short.</summary>
    private static string Summary(JsonNode schema)
    {
        var text = schema.ToJsonString();
        return text.Length <= 80 ? text : text[..77] + "...";
    }

    /// <summary>contentEncoding / contentMediaType (appearing, going or changing): the same string written another way breaks readers and writers alike.</summary>
    private static void CompareContent(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (b.Content.Count == 0 && r.Content.Count == 0)
        {
            return;
        }

        foreach (var key in b.Content.Keys.Union(r.Content.Keys))
        {
            var before = b.Content.GetValueOrDefault(key);
            var after = r.Content.GetValueOrDefault(key);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                var kind = key == "contentEncoding" ? ChangeKind.ContentEncodingChanged : ChangeKind.ContentMediaTypeChanged;
                changes.Add(new SchemaChange(kind, string.Empty, before ?? "none", after ?? "none"));
            }
        }
    }

    /// <summary>
    /// dependentRequired, one change per property it names: an entry that appears makes other properties required
    /// whenever that one is present, one that goes lifts that, one whose list changed does either or both.
    /// </summary>
    private static void CompareDependentRequired(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (b.DependentRequired.Count == 0 && r.DependentRequired.Count == 0)
        {
            return;
        }

        foreach (var name in b.DependentRequired.Keys.Union(r.DependentRequired.Keys).Order(StringComparer.Ordinal))
        {
            var before = b.DependentRequired.GetValueOrDefault(name);
            var after = r.DependentRequired.GetValueOrDefault(name);
            if (before is not null && after is not null && before.SetEquals(after))
            {
                continue;
            }

            var kind = before is null ? ChangeKind.DependentRequiredAdded : after is null ? ChangeKind.DependentRequiredRemoved : ChangeKind.DependentRequiredChanged;
            changes.Add(new SchemaChange(kind, string.Empty, Dependents(name, before), Dependents(name, after)));
        }
    }

    /// <summary>"with .a: .b, .c": what a dependentRequired entry requires, as messages show it ("none" when absent).</summary>
    private static string Dependents(string name, HashSet<string>? with) =>
        with is null ? "none" : $"with {Member(name)}: {string.Join(", ", with.Order(StringComparer.Ordinal).Select(Member))}";

    /// <summary>A boolean keyword switched on (<paramref name="set"/>) or off (<paramref name="unset"/>).</summary>
    private static void Flag(List<SchemaChange> changes, bool before, bool after, ChangeKind set, ChangeKind unset)
    {
        if (before != after)
        {
            changes.Add(new SchemaChange(after ? set : unset, string.Empty));
        }
    }

    private static void CompareEnum(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        // A const against a const or against nothing is oasdiff's const-added/removed/changed; against an enum it is
        // compared as the enum of one value it is (enum [A] → const A is no change).
        if ((b.IsConst || r.IsConst) && (b.IsConst || b.Enum is null) && (r.IsConst || r.Enum is null))
        {
            var before = b.Enum is { Count: 1 } one ? one[0] : null;
            var after = r.Enum is { Count: 1 } other ? other[0] : null;
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                var kind = before is null ? ChangeKind.ConstAdded : after is null ? ChangeKind.ConstRemoved : ChangeKind.ConstChanged;
                changes.Add(new SchemaChange(kind, string.Empty, before, after));
            }

            return;
        }

        switch (b.Enum, r.Enum)
        {
            case (null, null):
                return;
            case (null, { } values):
                changes.Add(new SchemaChange(ChangeKind.EnumConstraintAdded, string.Empty, null, string.Join(", ", values)));
                return;
            case ({ } values, null):
                changes.Add(new SchemaChange(ChangeKind.EnumConstraintRemoved, string.Empty, string.Join(", ", values), null));
                return;
            case ({ } before, { } after):
                var old = before.ToHashSet(StringComparer.Ordinal);
                var now = after.ToHashSet(StringComparer.Ordinal);
                foreach (var added in after.Where(v => !old.Contains(v)))
                {
                    changes.Add(new SchemaChange(ChangeKind.EnumValueAdded, string.Empty, null, added));
                }

                foreach (var removed in before.Where(v => !now.Contains(v)))
                {
                    changes.Add(new SchemaChange(ChangeKind.EnumValueRemoved, string.Empty, removed, null));
                }

                return;
        }
    }

    /// <summary>x-extensible-enum values that appear or go (the list itself appearing adds no constraint).</summary>
    private static void CompareExtensibleEnum(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (b.ExtensibleEnum is null && r.ExtensibleEnum is null)
        {
            return;
        }

        var before = b.ExtensibleEnum ?? [];
        var after = r.ExtensibleEnum ?? [];
        changes.AddRange(after.Except(before, StringComparer.Ordinal).Select(v => new SchemaChange(ChangeKind.ExtensibleEnumValueAdded, string.Empty, null, v)));
        changes.AddRange(before.Except(after, StringComparer.Ordinal).Select(v => new SchemaChange(ChangeKind.ExtensibleEnumValueRemoved, string.Empty, v, null)));
    }

    private void CompareProperties(SchemaView b, SchemaView r, bool request, List<SchemaChange> changes)
    {
        foreach (var (name, baseProperty) in b.Properties)
        {
            var bp = baseViews.Of(baseProperty);
            if (Hidden(bp, request))
            {
                continue;
            }

            var path = Member(name);
            if (!r.Properties.TryGetValue(name, out var revisionProperty))
            {
                changes.Add(new SchemaChange(ChangeKind.PropertyRemoved, path, Required: b.Required.Contains(name)));
                continue;
            }

            var rp = revisionViews.Of(revisionProperty);
            if (Hidden(rp, request))
            {
                // Sent but now readOnly (request), or read but now writeOnly (response): gone for this side.
                changes.Add(new SchemaChange(request ? ChangeKind.PropertyBecameReadOnly : ChangeKind.PropertyBecameWriteOnly, path, Required: b.Required.Contains(name)));
                continue;
            }

            if (IsDeprecated(baseProperty, bp) != IsDeprecated(revisionProperty, rp))
            {
                // A property deprecated now carries its x-sunset, when it declares one (oasdiff's *-deprecated-with-sunset).
                var deprecated = IsDeprecated(revisionProperty, rp);
                changes.Add(new SchemaChange(deprecated ? ChangeKind.Deprecated : ChangeKind.Reactivated, path, After: deprecated ? Extension(revisionProperty, rp, "x-sunset") : null));
            }

            var stabilityBefore = Extension(baseProperty, bp, "x-stability-level");
            var stabilityAfter = Extension(revisionProperty, rp, "x-stability-level");
            if (!string.Equals(stabilityBefore, stabilityAfter, StringComparison.Ordinal) && OperationComparer.StabilityRank(stabilityBefore ?? "stable") >= 0 && OperationComparer.StabilityRank(stabilityAfter ?? "stable") >= 0)
            {
                changes.Add(new SchemaChange(ChangeKind.PropertyStabilityChanged, path, stabilityBefore ?? "stable", stabilityAfter ?? "stable"));
            }

            var wasRequired = b.Required.Contains(name);
            var isRequired = r.Required.Contains(name);
            if (wasRequired != isRequired)
            {
                // A request property clients must now send carries its default (oasdiff's *-with-default ids): the server's fallback, no excuse to omit it.
                changes.Add(new SchemaChange(isRequired ? ChangeKind.PropertyBecameRequired : ChangeKind.PropertyBecameOptional, path, After: isRequired && request ? rp.Default : null));
            }

            foreach (var change in Compare(bp, rp, request))
            {
                // Whether clients could already meet "no value" here: an optional property could always be absent.
                changes.Add(change.Kind == ChangeKind.BecameNullable && change.RelativePath.Length == 0
                    ? change with { RelativePath = path, Required = wasRequired }
                    : change with { RelativePath = path + change.RelativePath });
            }
        }

        foreach (var (name, revisionProperty) in r.Properties)
        {
            var rp = revisionViews.Of(revisionProperty);
            if (Hidden(rp, request))
            {
                continue;
            }

            // New, or hidden from this side before (readOnly in a request, writeOnly in a response) and visible now.
            if (!b.Properties.TryGetValue(name, out var baseProperty))
            {
                var required = r.Required.Contains(name);
                changes.Add(new SchemaChange(ChangeKind.PropertyAdded, Member(name), After: required && request ? rp.Default : null, Required: required));
            }
            else if (Hidden(baseViews.Of(baseProperty), request))
            {
                changes.Add(new SchemaChange(request ? ChangeKind.PropertyBecameNotReadOnly : ChangeKind.PropertyBecameNotWriteOnly, Member(name), Required: r.Required.Contains(name)));
            }
        }
    }

    /// <summary>Deprecated by its schema (allOf members and <c>$ref</c> targets included) or by a 3.1 sibling of its <c>$ref</c>.</summary>
    private static bool IsDeprecated(JsonNode? property, SchemaView view) =>
        view.Deprecated || JsonFlags.IsTrue((property as JsonObject)?["deprecated"]);

    /// <summary>A property's string extension: on the property itself (a 3.1 sibling of its <c>$ref</c>), else on its schema.</summary>
    private static string? Extension(JsonNode? property, SchemaView view, string name) =>
        ((property as JsonObject)?[name] ?? view.Key[name]) is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static bool Hidden(SchemaView property, bool request) => request ? property.ReadOnly : property.WriteOnly;

    /// <summary>
    /// Pairs old and new variants by what they are, never by name or position alone: first variants of the same
    /// structure, then the same discriminator value, then the same schema name, then the closest alike variant;
    /// what stays unpaired was removed or added.
    /// </summary>
    private void CompareVariants(SchemaView parentBefore, SchemaView parentAfter, List<JsonNode>? b, List<JsonNode>? r, ChangeKind added, ChangeKind removed, bool request, List<SchemaChange> changes)
    {
        if (b is null && r is null)
        {
            return;
        }

        var before = (b ?? []).Select((node, i) => new Variant(node, baseViews.Of(node), i, Name(node), DiscriminatorValue(parentBefore, node))).ToList();
        var after = (r ?? []).Select((node, i) => new Variant(node, revisionViews.Of(node), i, Name(node), DiscriminatorValue(parentAfter, node))).ToList();
        var pairs = new List<(Variant Before, Variant After)>();
        // Unchanged variants first (the same JSON: nothing to compare); then each old variant against each new one:
        // most pairs differ at a glance, and only the others are compared.
        Pair(before, after, pairs, (x, y) => Same(x.View.Key, y.View.Key));
        Pair(before, after, pairs, (x, y) => !DiffersAtRoot(x.View, y.View, request) && Compare(x.View, y.View, request).Count == 0);
        Pair(before, after, pairs, (x, y) => x.Discriminator is not null && x.Discriminator == y.Discriminator);
        Pair(before, after, pairs, (x, y) => x.Name is not null && x.Name == y.Name);
        PairClosest(before, after, pairs, request);

        foreach (var (x, y) in pairs)
        {
            Nest(Compare(x.View, y.View, request), string.Empty, changes);
        }

        var typesBefore = (b ?? []).Select(n => baseViews.Of(n).Type).ToHashSet(StringComparer.Ordinal);
        var typesAfter = (r ?? []).Select(n => revisionViews.Of(n).Type).ToHashSet(StringComparer.Ordinal);
        foreach (var v in before)
        {
            AddVariant(changes, v, typesAfter, removed, ChangeKind.EnumValueRemoved, isAdded: false);
        }

        foreach (var v in after)
        {
            AddVariant(changes, v, typesBefore, added, ChangeKind.EnumValueAdded, isAdded: true);
        }
    }

    /// <summary>
    /// A variant that only lists values of a type the other side still has (<c>{type: string, enum: [X]}</c> beside
    /// other strings) adds or removes values, not a shape: it is reported as those enum values.
    /// </summary>
    private static void AddVariant(List<SchemaChange> changes, Variant v, HashSet<string?> otherSideTypes, ChangeKind variantKind, ChangeKind valueKind, bool isAdded)
    {
        if (v.View is { Enum: { Count: > 0 } values, Type: { } type, Properties.Count: 0 } && otherSideTypes.Contains(type))
        {
            changes.AddRange(values.Select(value => isAdded ? new SchemaChange(valueKind, string.Empty, null, value) : new SchemaChange(valueKind, string.Empty, value, null)));
            return;
        }

        changes.Add(isAdded ? new SchemaChange(variantKind, string.Empty, null, v.Label) : new SchemaChange(variantKind, string.Empty, v.Label, null));
    }

    /// <summary>Moves every pair the test accepts (first match, in order) from the leftovers into <paramref name="pairs"/>.</summary>
    private static void Pair(List<Variant> before, List<Variant> after, List<(Variant, Variant)> pairs, Func<Variant, Variant, bool> same)
    {
        foreach (var x in before.ToList())
        {
            if (after.FirstOrDefault(y => same(x, y)) is { } y)
            {
                pairs.Add((x, y));
                before.Remove(x);
                after.Remove(y);
            }
        }
    }

    /// <summary>
    /// Pairs each leftover old variant with the alike new one (same type, sharing an enum value or a property
    /// name) that differs from it least: a variant that was edited, not replaced.
    /// </summary>
    private void PairClosest(List<Variant> before, List<Variant> after, List<(Variant, Variant)> pairs, bool request)
    {
        foreach (var x in before.ToList())
        {
            var closest = after.Where(y => Alike(x.View, y.View)).MinBy(y => Compare(x.View, y.View, request).Count);
            if (closest is not null)
            {
                pairs.Add((x, closest));
                before.Remove(x);
                after.Remove(closest);
            }
        }
    }

    private static bool Alike(SchemaView x, SchemaView y) =>
        x.Type == y.Type
        && (x.Enum is null || y.Enum is null || x.Enum.Intersect(y.Enum, StringComparer.Ordinal).Any())
        && (x.Properties.Count == 0 || y.Properties.Count == 0 || x.Properties.Keys.Any(y.Properties.ContainsKey));

    private sealed record Variant(JsonNode Node, SchemaView View, int Index, string? Name, string? Discriminator)
    {
        /// <summary>How messages name it: its schema name, else its title, else its discriminator value, else its type and position.</summary>
        public string Label => Name ?? (View.Key["title"] is JsonValue t && t.TryGetValue<string>(out var title) && title.Length > 0 ? $"'{title}'"
            : Discriminator is null ? $"#{Index} ({View.Type ?? "any"})" : $"'{Discriminator}'");
    }

    private static string? Name(JsonNode node) =>
        node["$ref"] is JsonValue v && v.TryGetValue<string>(out var s) ? s[(s.LastIndexOf('/') + 1)..] : null;

    /// <summary>The wire value that selects this variant: its explicit mapping entry, else (implicitly) its schema name.</summary>
    private static string? DiscriminatorValue(SchemaView parent, JsonNode node)
    {
        if (parent.DiscriminatorProperty is null || node["$ref"] is not JsonValue v || !v.TryGetValue<string>(out var reference))
        {
            return null;
        }

        foreach (var (value, target) in parent.DiscriminatorMapping)
        {
            if (target == reference)
            {
                return value;
            }
        }

        return Name(node);
    }

    /// <summary>The discriminator's property and its explicit mapping values.</summary>
    private static void CompareDiscriminator(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        if (b.DiscriminatorProperty is null != r.DiscriminatorProperty is null)
        {
            changes.Add(new SchemaChange(b.DiscriminatorProperty is null ? ChangeKind.DiscriminatorAdded : ChangeKind.DiscriminatorRemoved, string.Empty, b.DiscriminatorProperty, r.DiscriminatorProperty));
            return;
        }

        if (!string.Equals(b.DiscriminatorProperty, r.DiscriminatorProperty, StringComparison.Ordinal))
        {
            changes.Add(new SchemaChange(ChangeKind.DiscriminatorPropertyChanged, string.Empty, b.DiscriminatorProperty ?? "none", r.DiscriminatorProperty ?? "none"));
            return;
        }

        foreach (var value in b.DiscriminatorMapping.Keys.Where(k => !r.DiscriminatorMapping.ContainsKey(k)))
        {
            changes.Add(new SchemaChange(ChangeKind.DiscriminatorMappingRemoved, string.Empty, value, null));
        }

        foreach (var value in r.DiscriminatorMapping.Keys.Where(k => !b.DiscriminatorMapping.ContainsKey(k)))
        {
            changes.Add(new SchemaChange(ChangeKind.DiscriminatorMappingAdded, string.Empty, null, value));
        }

        foreach (var (value, target) in b.DiscriminatorMapping)
        {
            // A target renamed (the old one gone) is no wire change: the variants are paired by this value and compared.
            if (r.DiscriminatorMapping.TryGetValue(value, out var now) && !string.Equals(target, now, StringComparison.Ordinal) && StillSelectable(r, target))
            {
                changes.Add(new SchemaChange(ChangeKind.DiscriminatorMappingChanged, string.Empty, $"{value} → {target}", $"{value} → {now}"));
            }
        }
    }

    /// <summary>The schema <paramref name="target"/> is still one the revision's discriminator can select (a mapping target or a variant).</summary>
    private static bool StillSelectable(SchemaView r, string target)
    {
        foreach (var other in r.DiscriminatorMapping.Values)
        {
            if (string.Equals(other, target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var variant in (IEnumerable<JsonNode>?)r.OneOf ?? r.AnyOf ?? [])
        {
            if (variant["$ref"] is JsonValue v && v.TryGetValue<string>(out var reference) && string.Equals(reference, target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Nest(IEnumerable<SchemaChange> inner, string prefix, List<SchemaChange> changes)
    {
        foreach (var change in inner)
        {
            changes.Add(prefix.Length == 0 ? change : change with { RelativePath = prefix + change.RelativePath });
        }
    }

    private static string Member(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$') && name.Length > 0 ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private sealed class PairComparer : IEqualityComparer<(JsonObject, JsonObject, bool)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((JsonObject, JsonObject, bool) x, (JsonObject, JsonObject, bool) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2) && x.Item3 == y.Item3;

        public int GetHashCode((JsonObject, JsonObject, bool) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2), obj.Item3);
    }
}
