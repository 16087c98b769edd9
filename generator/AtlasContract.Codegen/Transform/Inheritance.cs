using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// Discriminated <c>oneOf</c>/<c>anyOf</c> component schemas become inheritance bases with no hand-written setting:
/// every variant is a component that extends the base (<c>allOf</c> it, or is made to when it extends nothing
/// else), then the base's union is dropped (the discriminator and its mapping stay), so NJsonSchema generates a
/// base class whose inheritance converter picks the subclass by the discriminator. A mapping value that maps
/// to an already-mapped variant gets its own subclass (<c>{Variant}{Value}</c>). A union that cannot be made a
/// hierarchy (a variant already extends another type, an inline variant) is left to <see cref="AutoTypes"/>.
/// </summary>
internal static class Inheritance
{
    public static void Apply(JsonObject spec, CodegenPlan plan)
    {
        PruneDanglingMappings(spec);
        var schemas = SpecNodes.Schemas(spec);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in schemas.Select(p => p.Key).ToList())
        {
            if (schemas[name] is not JsonObject schema || schema["discriminator"] is not JsonObject discriminator
                || SpecNodes.Union(schema) is not { } union || SpecNodes.String(discriminator["propertyName"]) is not { } property)
            {
                continue;
            }

            var variants = union.Variants.Select(SpecNodes.RefName).ToList();
            if (variants.Any(v => v is null || schemas[v] is not JsonObject || claimed.Contains(v)) || variants.Distinct().Count() != variants.Count)
            {
                continue;
            }

            if (!variants.All(v => Extends(schemas[v!]!.AsObject(), name) || ExtendsNothing(schemas[v!]!.AsObject())))
            {
                continue;
            }

            foreach (var variant in variants)
            {
                var target = schemas[variant!]!.AsObject();
                if (!Extends(target, name))
                {
                    schemas[variant!] = Extend(target, name);
                }

                claimed.Add(variant!);
            }

            var subtypes = ExtraValues(discriminator, name);
            SpecTransform.MakeInheritanceBase(spec, new DiscriminatorBase(name, subtypes));
            plan.Discriminators.Add(new DiscriminatorProperty(name, property, "string"));
        }
    }

    /// <summary>
    /// Atlas publishes discriminator mappings to schemas its document does not have (e.g.
    /// <c>LessThanTimeThresholdAlertConfigViewForNdsGroup</c>); NJsonSchema cannot resolve them. Such a value is
    /// dropped from the mapping: an object with it is read as the base type, every field kept.
    /// </summary>
    private static void PruneDanglingMappings(JsonObject spec)
    {
        var schemas = SpecNodes.Schemas(spec);
        var pending = new Stack<JsonNode>([spec]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is JsonObject obj)
            {
                if ((obj["discriminator"] as JsonObject)?["mapping"] is JsonObject mapping)
                {
                    foreach (var (value, _) in mapping.Where(m => SpecNodes.RefName(new JsonObject { ["$ref"] = m.Value?.DeepClone() }) is not { } target || !schemas.ContainsKey(target)).ToList())
                    {
                        mapping.Remove(value);
                    }
                }

                foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>())
                {
                    pending.Push(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array.OfType<JsonNode>())
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// A subclass name for each mapping value but one of those that map to the same variant: the one the variant
    /// is named after stays on it (PENDING on <c>OrgPendingUserResponse</c>), else the first.
    /// </summary>
    private static Dictionary<string, string> ExtraValues(JsonObject discriminator, string baseName)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var byVariant = (discriminator["mapping"] as JsonObject ?? [])
            .Select(m => (Value: m.Key, Variant: SpecNodes.String(m.Value) is { } t ? t[(t.LastIndexOf('/') + 1)..] : baseName))
            .GroupBy(m => m.Variant);
        foreach (var group in byVariant)
        {
            var values = group.Select(g => g.Value).ToList();
            var primary = values.FirstOrDefault(v => group.Key.Contains(Names.Pascal(v), StringComparison.Ordinal)) ?? values[0];
            foreach (var value in values.Where(v => v != primary))
            {
                extra[value] = group.Key + Names.Pascal(value);
            }
        }

        return extra;
    }

    private static bool Extends(JsonObject schema, string baseName) =>
        schema["allOf"] is JsonArray parts && parts.Any(p => SpecNodes.RefName(p) == baseName);

    private static bool ExtendsNothing(JsonObject schema) =>
        schema["allOf"] is not JsonArray parts || parts.All(p => SpecNodes.RefName(p) is null);

    /// <summary><c>{allOf: [{$ref: base}, variant-as-it-was]}</c>, keeping the variant's title and description on top.</summary>
    private static JsonObject Extend(JsonObject variant, string baseName)
    {
        var own = (JsonObject)variant.DeepClone();
        var result = new JsonObject();
        foreach (var key in new[] { "title", "description" })
        {
            if (own[key] is { } value)
            {
                own.Remove(key);
                result[key] = value;
            }
        }

        result["allOf"] = new JsonArray(new JsonObject { ["$ref"] = SpecNodes.SchemaPrefix + baseName }, own);
        result["type"] = "object";
        return result;
    }
}
