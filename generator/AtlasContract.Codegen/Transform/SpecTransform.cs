using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// The transform applied to a spec fragment before NSwag sees it. Each step is documented in
/// generator/codegen/README.md; the committed spec itself is never changed.
/// </summary>
internal static class SpecTransform
{
    public static JsonObject Apply(JsonObject spec, TransformSettings settings) => Apply(spec, settings, new CodegenPlan());

    /// <summary>The transformed copy; what it leaves for the emitters (extensible types, unions) goes into <paramref name="plan"/>.</summary>
    public static JsonObject Apply(JsonObject spec, TransformSettings settings, CodegenPlan plan)
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

        foreach (var (name, typeName) in settings.ParameterTypes)
        {
            RetypeParameter(result, name, typeName);
        }

        foreach (var (operationId, mediaType) in settings.ResponseMediaTypes)
        {
            KeepResponseMediaType(result, operationId, mediaType);
        }

        if (settings.NewestMediaTypes == true)
        {
            KeepNewestMediaTypes(result, settings.ResponseMediaTypes);
        }

        if (settings.ResponseMediaTypes.Count > 0 || settings.NewestMediaTypes == true)
        {
            RemoveUnreferencedSchemas(result);
        }

        foreach (var discriminated in settings.DiscriminatorBases)
        {
            MakeInheritanceBase(result, discriminated);
        }

        if (settings.DotnetNames == true)
        {
            DotnetNames.Apply(result);
        }

        if (settings.Discriminators == true)
        {
            Inheritance.Apply(result, plan);
        }

        AutoTypes.Apply(result, settings, plan);
        AddDeprecationMessages(result, settings.Replacements);
        return result;
    }

    private static void KeepResponseMediaType(JsonObject spec, string operationId, string mediaType)
    {
        var (_, _, op) = Operations(spec).FirstOrDefault(o => o.Operation["operationId"]?.GetValue<string>() == operationId);
        if (op is null)
        {
            throw new InvalidDataException($"transform: responseMediaTypes names operation '{operationId}', which the fragment does not have");
        }

        var kept = false;
        foreach (var (_, response) in op["responses"] as JsonObject ?? [])
        {
            if (response?["content"] is not JsonObject content || !content.Any(c => c.Key.StartsWith("application/vnd.atlas.", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var other in content.Select(c => c.Key).Where(k => k != mediaType).ToList())
            {
                content.Remove(other);
            }

            kept |= content.ContainsKey(mediaType);
        }

        if (!kept)
        {
            throw new InvalidDataException($"transform: operation '{operationId}' has no response in '{mediaType}'");
        }
    }

    /// <summary>
    /// Where a request body or response offers several Atlas versions (<c>application/vnd.atlas.YYYY-MM-DD+json</c>),
    /// the typed method uses the newest (operations named in <c>responseMediaTypes</c> keep their declared one).
    /// </summary>
    private static void KeepNewestMediaTypes(JsonObject spec, IReadOnlyDictionary<string, string> declared)
    {
        foreach (var (_, _, op) in Operations(spec))
        {
            if (SpecNodes.String(op["operationId"]) is { } id && declared.ContainsKey(id))
            {
                continue;
            }

            var contents = (op["responses"] as JsonObject ?? []).Select(r => r.Value?["content"]).Append(op["requestBody"]?["content"]);
            foreach (var content in contents.OfType<JsonObject>())
            {
                var versions = content.Select(c => c.Key).Where(k => k.StartsWith("application/vnd.atlas.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                foreach (var older in versions.SkipLast(1))
                {
                    content.Remove(older);
                }
            }
        }
    }

    private static void RetypeParameter(JsonObject spec, string name, string typeName)
    {
        if (spec["components"]?["schemas"]?[typeName] is null)
        {
            throw new InvalidDataException($"transform: parameterTypes names type '{typeName}', which no extensibleStrings entry declares");
        }

        var found = false;
        foreach (var (_, _, op) in Operations(spec))
        {
            foreach (var parameter in op["parameters"] as JsonArray ?? [])
            {
                if (parameter is JsonObject p && p["name"]?.GetValue<string>() == name && p["schema"] is JsonObject schema)
                {
                    var replacement = new JsonObject { ["$ref"] = "#/components/schemas/" + typeName };
                    if (schema["type"]?.GetValue<string>() == "array")
                    {
                        schema["items"] = replacement;
                    }
                    else
                    {
                        p["schema"] = replacement;
                    }

                    found = true;
                }
            }
        }

        if (!found)
        {
            throw new InvalidDataException($"transform: parameterTypes names parameter '{name}', which no operation has");
        }
    }

    /// <summary>Drops component schemas nothing references any more (e.g. those of a dropped media-type version).</summary>
    private static void RemoveUnreferencedSchemas(JsonObject spec)
    {
        const string prefix = "#/components/schemas/";
        if (spec["components"]?["schemas"] is not JsonObject schemas)
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(spec.Where(p => p.Key != "components").Select(p => p.Value).OfType<JsonNode>()
            .Concat((spec["components"] as JsonObject)!.Where(p => p.Key != "schemas").Select(p => p.Value).OfType<JsonNode>()));
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array.AsEnumerable(),
                _ => [],
            };
            var refs = node is JsonObject o
                ? new[] { o["$ref"] as JsonValue }.Concat((o["discriminator"]?["mapping"] as JsonObject ?? []).Select(m => m.Value as JsonValue))
                : [];
            foreach (var reference in refs.Select(r => r?.GetValueKind() == System.Text.Json.JsonValueKind.String ? r.GetValue<string>() : null))
            {
                if (reference is not null && reference.StartsWith(prefix, StringComparison.Ordinal) && reached.Add(reference[prefix.Length..]) && schemas[reference[prefix.Length..]] is { } target)
                {
                    pending.Push(target);
                }
            }

            foreach (var child in children.OfType<JsonNode>())
            {
                pending.Push(child);
            }
        }

        foreach (var name in schemas.Select(p => p.Key).Where(n => !reached.Contains(n)).ToList())
        {
            schemas.Remove(name);
        }
    }

    internal static void MakeInheritanceBase(JsonObject spec, DiscriminatorBase discriminated)
    {
        var schemas = spec["components"]?["schemas"] as JsonObject;
        var schema = schemas?[discriminated.Schema] as JsonObject;
        if (schema?["discriminator"] is not JsonObject discriminator || SpecNodes.Union(schema) is not { } union)
        {
            throw new InvalidDataException($"transform: schema '{discriminated.Schema}' is not a oneOf with a discriminator");
        }

        schema.Remove(union.Keyword);
        var mapping = discriminator["mapping"] as JsonObject ?? [];
        foreach (var (value, typeName) in discriminated.Subtypes ?? new Dictionary<string, string>())
        {
            if (mapping[value] is not JsonValue target || schemas!.ContainsKey(typeName))
            {
                throw new InvalidDataException($"transform: discriminator value '{value}' of '{discriminated.Schema}' is not mapped, or the name '{typeName}' is taken");
            }

            schemas[typeName] = new JsonObject
            {
                ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = target.GetValue<string>() }),
                ["type"] = "object",
            };
            mapping[value] = "#/components/schemas/" + typeName;
        }
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

    internal static void RenameSchema(JsonObject spec, string from, string to)
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
