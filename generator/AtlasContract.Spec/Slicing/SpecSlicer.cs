using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Slicing;

/// <summary>
/// Cuts one operation out of a document, with the closure of everything it references (components through
/// <c>$ref</c> and discriminator mappings, security schemes), as a valid standalone document.
/// </summary>
public static class SpecSlicer
{
    public static SpecDocument Slice(SpecDocument document, string operationId)
    {
        var (path, method, operation) = Find(document, operationId)
            ?? throw new SpecLoadException(document.Source, OperationIds.NotFound(document, operationId));

        var pathItem = new JsonObject();
        if (document.Paths[path]?["parameters"] is JsonArray shared)
        {
            pathItem["parameters"] = shared.DeepClone();
        }

        pathItem[method] = operation.DeepClone();
        var result = new JsonObject();
        foreach (var key in new[] { "openapi", "info", "servers", "security" })
        {
            if (document.Root[key] is { } value)
            {
                result[key] = key == "info" ? Info(value) : value.DeepClone();
            }
        }

        result["paths"] = new JsonObject { [path] = pathItem };
        var components = new JsonObject();
        CopyClosure(document, pathItem, components);
        AddSecuritySchemes(document, result, pathItem[method]!, components);
        if (components.Count > 0)
        {
            result["components"] = Sorted(components);
        }

        return new SpecDocument(document.Source + "#" + operationId, result);
    }

    /// <summary>Several operations in one document: their paths and the union of their closures.</summary>
    public static SpecDocument SliceMany(SpecDocument document, IReadOnlyList<string> operationIds)
    {
        if (operationIds.Count == 0)
        {
            throw new SpecLoadException(document.Source, "no operation to slice");
        }

        return new SpecDocument(document.Source + "#" + string.Join(",", operationIds), Merge(operationIds.Select(id => Slice(document, id).Root).ToList()));
    }

    /// <summary>The operationIds of <paramref name="document"/> grouped by their first tag (untagged: "Untagged"), in document order.</summary>
    public static IReadOnlyList<(string Tag, IReadOnlyList<string> Operations)> ByTag(SpecDocument document)
    {
        var groups = new List<(string Tag, List<string> Operations)>();
        foreach (var (_, _, op, name) in OperationIds.All(document))
        {
            var tag = op["tags"] is JsonArray { Count: > 0 } tags && tags[0] is JsonValue t && t.TryGetValue<string>(out var first) ? first : "Untagged";
            var group = groups.FindIndex(g => g.Tag == tag);
            if (group < 0)
            {
                groups.Add((tag, [name]));
            }
            else
            {
                groups[group].Operations.Add(name);
            }
        }

        return groups.Select(g => (g.Tag, (IReadOnlyList<string>)g.Operations)).ToList();
    }

    public static (string Path, string Method, JsonObject Operation)? Find(SpecDocument document, string operationId)
    {
        foreach (var (path, method, op, id) in OperationIds.All(document))
        {
            if (id == operationId)
            {
                return (path, method, op);
            }
        }

        return null;
    }

    private static JsonObject Info(JsonNode info) => new()
    {
        ["title"] = info["title"]?.DeepClone(),
        ["version"] = info["version"]?.DeepClone(),
    };

    private static void CopyClosure(SpecDocument document, JsonNode start, JsonObject components)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(start);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var reference))
                        {
                            if (seen.Add(reference))
                            {
                                pending.Push(CopyTarget(document, reference, components));
                            }
                        }
                        else if (value is not null)
                        {
                            pending.Push(value);
                        }
                    }

                    // A discriminator's mapping names schemas too (a subtype may be reachable only through it);
                    // a mapping to a schema the document lacks (Atlas publishes some) is left for the reader to judge.
                    foreach (var (_, target) in (obj["discriminator"] as JsonObject)?["mapping"] as JsonObject ?? [])
                    {
                        if (target is JsonValue t && t.TryGetValue<string>(out var mapped) && JsonPointer.IsLocal(mapped) && JsonPointer.IsPointer(mapped)
                            && JsonPointer.Resolve(document.Root, mapped) is not null && seen.Add(mapped))
                        {
                            pending.Push(CopyTarget(document, mapped, components));
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }
    }

    private static JsonNode CopyTarget(SpecDocument document, string reference, JsonObject components)
    {
        if (!JsonPointer.IsLocal(reference))
        {
            throw new SpecLoadException(document.Source, $"$ref '{reference}' points into another document, which slice does not follow");
        }

        if (!JsonPointer.IsPointer(reference))
        {
            throw new SpecLoadException(document.Source, $"$ref '{reference}' is not a JSON pointer (a local $ref is '#/components/<kind>/<name>')");
        }

        var segments = JsonPointer.Segments(reference);
        if (segments.Count != 3 || segments[0] != "components")
        {
            throw new SpecLoadException(document.Source, $"cannot slice a $ref outside #/components/<kind>/<name>: '{reference}'");
        }

        var target = JsonPointer.Resolve(document.Root, reference)
            ?? throw new SpecLoadException(document.Source, $"$ref '{reference}' points at nothing");
        var kind = components[segments[1]] as JsonObject ?? [];
        components[segments[1]] = kind;
        kind[segments[2]] = target.DeepClone();
        return target;
    }

    private static void AddSecuritySchemes(SpecDocument document, JsonObject result, JsonNode operation, JsonObject components)
    {
        var requirements = (operation["security"] ?? result["security"]) as JsonArray ?? [];
        var names = requirements.OfType<JsonObject>().SelectMany(r => r.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        var schemes = new JsonObject();
        foreach (var name in names)
        {
            if (document.Component("securitySchemes", name) is { } scheme)
            {
                schemes[name] = scheme.DeepClone();
            }
        }

        if (schemes.Count > 0)
        {
            components["securitySchemes"] = schemes;
        }
    }

    private static JsonObject Sorted(JsonObject components)
    {
        var sorted = new JsonObject();
        foreach (var (kind, items) in components.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var byName = new JsonObject();
            foreach (var (name, value) in ((JsonObject)items!).OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
            {
                byName[name] = value!.DeepClone();
            }

            sorted[kind] = byName;
        }

        return sorted;
    }

    /// <summary>One document from several slices of the same spec: their paths and the union of their components.</summary>
    private static JsonObject Merge(IReadOnlyList<JsonObject> slices)
    {
        var result = (JsonObject)slices[0].DeepClone();
        foreach (var slice in slices.Skip(1))
        {
            foreach (var (path, item) in (JsonObject)slice["paths"]!)
            {
                if (result["paths"]![path] is JsonObject existing)
                {
                    foreach (var (method, op) in (JsonObject)item!)
                    {
                        existing[method] ??= op!.DeepClone();
                    }
                }
                else
                {
                    result["paths"]![path] = item!.DeepClone();
                }
            }

            foreach (var (kind, members) in slice["components"] as JsonObject ?? [])
            {
                var target = (JsonObject)((result["components"] ??= new JsonObject())[kind] ??= new JsonObject());
                foreach (var (name, value) in (JsonObject)members!)
                {
                    target[name] ??= value!.DeepClone();
                }
            }
        }

        return result;
    }
}
