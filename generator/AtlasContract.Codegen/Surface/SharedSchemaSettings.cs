using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// What the contracts of one surface say about a component schema (an extensible string property, a discriminator
/// base, a rename) holds for the same schema (equal JSON) in every contract of the surface that says nothing of it,
/// and so does a parameter type they give a parameter of the same name that the contract's operations have: a shared
/// schema is transformed the same way whoever added it, so it stays one model. (A contract added with `add` and the
/// default settings, beside one generated with hand-tuned settings for the same schemas, got prefixed copies of
/// them.) A contract's own entry always wins; among the others, the first in manifest order. A schema of the same name
/// that differs is not the same schema: nothing is taken for it (the model set renames it).
/// </summary>
internal static class SharedSchemaSettings
{
    /// <param name="own">The contract's own settings.</param>
    /// <param name="fragment">The contract's fragment.</param>
    /// <param name="others">The settings and fragments of the surface's other contracts, in manifest order.</param>
    public static TransformSettings Inherit(TransformSettings own, JsonObject fragment, IEnumerable<(TransformSettings Settings, JsonObject Fragment)> others)
    {
        var strings = own.ExtensibleStrings.ToList();
        var bases = own.DiscriminatorBases.ToList();
        var renames = new Dictionary<string, string>(own.RenameSchemas, StringComparer.Ordinal);
        var parameterTypes = new Dictionary<string, string>(own.ParameterTypes, StringComparer.Ordinal);
        var parameters = ParameterNames(fragment);
        foreach (var (settings, other) in others)
        {
            bool Same(string schema) => Schema(fragment, schema) is { } mine && JsonNode.DeepEquals(mine, Schema(other, schema));

            foreach (var entry in settings.ExtensibleStrings)
            {
                if (!strings.Exists(s => s.Schema == entry.Schema && s.Property == entry.Property) && Same(entry.Schema))
                {
                    strings.Add(entry);
                }
            }

            foreach (var entry in settings.DiscriminatorBases)
            {
                if (!bases.Exists(b => b.Schema == entry.Schema) && Same(entry.Schema))
                {
                    bases.Add(entry);
                }
            }

            foreach (var (schema, name) in settings.RenameSchemas)
            {
                if (!renames.ContainsKey(schema) && Same(schema))
                {
                    renames[schema] = name;
                }
            }

            foreach (var (parameter, type) in settings.ParameterTypes)
            {
                if (parameters.Contains(parameter) && strings.Exists(s => s.TypeName == type))
                {
                    parameterTypes.TryAdd(parameter, type);
                }
            }
        }

        return own with { ExtensibleStrings = strings, DiscriminatorBases = bases, RenameSchemas = renames, ParameterTypes = parameterTypes };
    }

    private static JsonNode? Schema(JsonObject fragment, string name) => fragment["components"]?["schemas"]?[name];

    /// <summary>The names of the operations' own parameters (those a parameter type applies to).</summary>
    private static HashSet<string> ParameterNames(JsonObject fragment)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, item) in fragment["paths"] as JsonObject ?? [])
        {
            foreach (var (_, operation) in item as JsonObject ?? [])
            {
                foreach (var parameter in (operation as JsonObject)?["parameters"] as JsonArray ?? [])
                {
                    if (parameter?["name"] is JsonValue name && name.TryGetValue<string>(out var text) && parameter["schema"] is JsonObject)
                    {
                        names.Add(text);
                    }
                }
            }
        }

        return names;
    }
}
