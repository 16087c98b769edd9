using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// The transform applied to a spec fragment before NSwag sees it. Each step is documented in
/// generator/codegen/README.md; the committed spec itself is never changed.
/// </summary>
internal static class SpecTransform
{
    public static JsonObject Apply(JsonObject spec, TransformSettings settings)
    {
        var result = (JsonObject)spec.DeepClone();
        DropTransportParameters(result, settings.DropParameters);
        foreach (var (from, to) in settings.RenamePathParameters)
        {
            RenamePathParameter(result, from, to);
        }

        foreach (var (from, to) in settings.RenameSchemas)
        {
            RenameSchema(result, from, to);
        }

        foreach (var ext in settings.ExtensibleStrings)
        {
            MakeExtensible(result, ext);
        }

        AddDeprecationMessages(result, settings.Replacements);
        return result;
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject spec)
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

    private static void DropTransportParameters(JsonObject spec, IReadOnlyList<string> names)
    {
        foreach (var (_, _, op) in Operations(spec))
        {
            if (op["parameters"] is not JsonArray parameters)
            {
                continue;
            }

            for (var i = parameters.Count - 1; i >= 0; i--)
            {
                var name = ParameterName(spec, parameters[i]);
                if (name is not null && names.Contains(name, StringComparer.Ordinal))
                {
                    parameters.RemoveAt(i);
                }
            }
        }
    }

    private static string? ParameterName(JsonObject spec, JsonNode? parameter)
    {
        if (parameter?["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            parameter = spec["components"]?["parameters"]?[name];
        }

        return parameter?["name"]?.GetValue<string>();
    }

    private static void RenamePathParameter(JsonObject spec, string from, string to)
    {
        var paths = spec["paths"] as JsonObject ?? [];
        foreach (var path in paths.Select(p => p.Key).Where(p => p.Contains("{" + from + "}", StringComparison.Ordinal)).ToList())
        {
            var item = paths[path]!;
            paths.Remove(path);
            paths[path.Replace("{" + from + "}", "{" + to + "}", StringComparison.Ordinal)] = item;
            foreach (var (_, _, op) in Operations(spec))
            {
                foreach (var parameter in op["parameters"] as JsonArray ?? [])
                {
                    if (parameter is JsonObject p && p["in"]?.GetValue<string>() == "path" && p["name"]?.GetValue<string>() == from)
                    {
                        p["name"] = to;
                    }
                }
            }
        }
    }

    private static void RenameSchema(JsonObject spec, string from, string to)
    {
        var schemas = spec["components"]?["schemas"] as JsonObject;
        if (schemas?[from] is not JsonObject schema || schemas.ContainsKey(to))
        {
            throw new InvalidDataException($"transform: cannot rename schema '{from}' to '{to}' (missing, or the new name is taken)");
        }

        schemas.Remove(from);
        schemas[to] = schema;
        var oldRef = "#/components/schemas/" + from;
        var pending = new Stack<JsonNode>([spec]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is JsonObject obj)
            {
                if (obj["$ref"] is JsonValue r && r.GetValue<string>() == oldRef)
                {
                    obj["$ref"] = "#/components/schemas/" + to;
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

    private static void MakeExtensible(JsonObject spec, ExtensibleString ext)
    {
        var property = spec["components"]?["schemas"]?[ext.Schema]?["properties"]?[ext.Property] as JsonObject
            ?? throw new InvalidDataException($"transform: no property '{ext.Property}' in schema '{ext.Schema}'");
        var target = property["type"]?.GetValue<string>() == "array" ? property["items"] as JsonObject : property;
        if (target is null || target["type"]?.GetValue<string>() != "string")
        {
            throw new InvalidDataException($"transform: {ext.Schema}.{ext.Property} is not a string or an array of strings");
        }

        var schemas = (JsonObject)spec["components"]!["schemas"]!;
        // NJsonSchema inlines a named string schema and turns an enum into a closed C# enum with
        // StringEnumConverter. Declared as an opaque object (excluded from generation in the .nswag), the
        // name survives and the hand-written type, whose JsonConverter reads any JSON string, is used.
        var named = new JsonObject { ["type"] = "object", ["x-atlas-extensible-string"] = true };
        if (target["enum"] is JsonArray values)
        {
            named["description"] = "Known values: " + string.Join(", ", values.Select(v => v?.ToString())) + ". Others may appear.";
        }

        schemas[ext.TypeName] = named;
        var replacement = new JsonObject { ["$ref"] = "#/components/schemas/" + ext.TypeName };
        if (ReferenceEquals(target, property))
        {
            schemas[ext.Schema]!["properties"]![ext.Property] = replacement;
        }
        else
        {
            property["items"] = replacement;
        }
    }

    private static void AddDeprecationMessages(JsonObject spec, IReadOnlyDictionary<string, string> replacements)
    {
        foreach (var (path, method, op) in Operations(spec))
        {
            if (op["deprecated"]?.GetValue<bool>() != true)
            {
                continue;
            }

            var id = op["operationId"]?.GetValue<string>() ?? $"{method.ToUpperInvariant()} {path}";
            var message = $"{id} is deprecated by MongoDB Atlas.";
            if (replacements.TryGetValue(id, out var instead))
            {
                message += " " + instead;
            }

            if (Sunset(op) is { } sunset)
            {
                message += $" Sunset: {sunset}.";
            }

            op["x-deprecated-message"] = message;
        }
    }

    private static string? Sunset(JsonObject op) =>
        (op["responses"] as JsonObject ?? [])
            .SelectMany(r => r.Value?["content"] as JsonObject ?? [])
            .Select(c => c.Value?["x-sunset"]?.ToString())
            .Where(s => !string.IsNullOrEmpty(s))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
