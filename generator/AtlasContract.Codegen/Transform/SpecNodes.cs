using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>Small helpers over a spec's JSON tree shared by the transform steps.</summary>
internal static class SpecNodes
{
    public const string SchemaPrefix = "#/components/schemas/";

    public static JsonObject Schemas(JsonObject spec)
    {
        var components = (JsonObject)(spec["components"] ??= new JsonObject());
        return (JsonObject)(components["schemas"] ??= new JsonObject());
    }

    public static string? String(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The component name a <c>$ref</c> schema points to, or null.</summary>
    public static string? RefName(JsonNode? schema) =>
        String(schema?["$ref"]) is { } r && r.StartsWith(SchemaPrefix, StringComparison.Ordinal) ? r[SchemaPrefix.Length..] : null;

    /// <summary>The schema itself, or the component it references (one hop is all Atlas uses).</summary>
    public static JsonObject? Resolve(JsonObject spec, JsonNode? schema)
    {
        for (var hops = 0; hops < 8 && RefName(schema) is { } name; hops++)
        {
            schema = Schemas(spec)[name];
        }

        return schema as JsonObject;
    }

    /// <summary>The union keyword of a schema (<c>oneOf</c> or <c>anyOf</c>) and its variants.</summary>
    public static (string Keyword, JsonArray Variants)? Union(JsonObject schema) =>
        schema["oneOf"] is JsonArray one ? ("oneOf", one) : schema["anyOf"] is JsonArray any ? ("anyOf", any) : null;

    /// <summary>A name not yet taken by a component schema: <paramref name="hint"/>, else hint2, hint3, ….</summary>
    public static string UniqueSchemaName(JsonObject spec, string hint)
    {
        var schemas = Schemas(spec);
        var name = hint;
        for (var i = 2; schemas.ContainsKey(name); i++)
        {
            name = hint + i;
        }

        return name;
    }

    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject spec)
    {
        foreach (var (path, item) in spec["paths"] as JsonObject ?? [])
        {
            foreach (var (method, op) in item as JsonObject ?? [])
            {
                if (op is JsonObject operation && method is "get" or "put" or "post" or "delete" or "patch" or "head" or "options")
                {
                    yield return (path, method, operation);
                }
            }
        }
    }
}
