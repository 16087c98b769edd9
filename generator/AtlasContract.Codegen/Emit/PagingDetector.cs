using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// An operation that pages the Atlas way: query parameters <c>itemsPerPage</c> and <c>pageNum</c> (and optionally
/// <c>includeCount</c>), and a 2xx JSON response whose object has a <c>results</c> array (and optionally
/// <c>totalCount</c> and <c>links</c>). The page size bounds are the <c>itemsPerPage</c> schema's default and maximum.
/// </summary>
internal sealed record PagedOperation(string OperationId, string Method, string Path, bool HasIncludeCount, bool HasTotalCount, int? DefaultPageSize, int? MaxPageSize, string? ItemRef);

/// <summary>
/// Finds the paged operations of a spec by reading it (the parameters, path-level ones included, and the
/// response schemas, through local <c>$ref</c>s and <c>allOf</c>), never by a list of operation ids.
/// </summary>
internal static class PagingDetector
{
    public const string PageSize = "itemsPerPage";
    public const string PageNumber = "pageNum";
    public const string IncludeCount = "includeCount";

    public static IReadOnlyList<PagedOperation> Find(JsonObject spec)
    {
        var found = new List<PagedOperation>();
        foreach (var (path, item) in spec["paths"] as JsonObject ?? [])
        {
            foreach (var (method, node) in item as JsonObject ?? [])
            {
                if (node is JsonObject operation && method is "get" or "put" or "post" or "delete" or "patch" or "head" or "options"
                    && Detect(spec, item as JsonObject, operation, method, path) is { } paged)
                {
                    found.Add(paged);
                }
            }
        }

        return found;
    }

    /// <summary>The paging shape of one operation, or null when it does not page (or has no operationId to name it by).</summary>
    public static PagedOperation? Detect(JsonObject spec, JsonObject? pathItem, JsonObject operation, string method, string path)
    {
        if (SpecNodes.String(operation["operationId"]) is not { Length: > 0 } id)
        {
            return null;
        }

        var query = QueryParameters(spec, pathItem, operation);
        if (!query.TryGetValue(PageSize, out var size) || !query.ContainsKey(PageNumber) || ResultsPage(spec, operation) is not { } page)
        {
            return null;
        }

        var sizeSchema = Resolve(spec, size["schema"]);
        return new PagedOperation(
            id,
            method,
            path,
            query.ContainsKey(IncludeCount),
            page.ContainsKey("totalCount"),
            Int(sizeSchema?["default"]),
            Int(sizeSchema?["maximum"]),
            SpecNodes.RefName(page["results"]?["items"]));
    }

    /// <summary>Query parameters by name: the path item's, overridden by the operation's (as OpenAPI defines).</summary>
    private static Dictionary<string, JsonObject> QueryParameters(JsonObject spec, JsonObject? pathItem, JsonObject operation)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var list in new[] { pathItem?["parameters"], operation["parameters"] })
        {
            foreach (var parameter in (list as JsonArray ?? []).Select(p => Resolve(spec, p)).OfType<JsonObject>())
            {
                if (SpecNodes.String(parameter["in"]) == "query" && SpecNodes.String(parameter["name"]) is { } name)
                {
                    result[name] = parameter;
                }
            }
        }

        return result;
    }

    /// <summary>The properties of the first 2xx JSON response schema that has a <c>results</c> array; null when none has.</summary>
    private static Dictionary<string, JsonNode?>? ResultsPage(JsonObject spec, JsonObject operation)
    {
        foreach (var (status, response) in Resolve(spec, operation["responses"]) ?? [])
        {
            if (!status.StartsWith('2') || Resolve(spec, response)?["content"] is not JsonObject content)
            {
                continue;
            }

            foreach (var (mediaType, media) in content)
            {
                if (!mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var properties = Properties(spec, media?["schema"], 0);
                if (properties.TryGetValue("results", out var results) && Resolve(spec, results) is { } array
                    && (SpecNodes.String(array["type"]) == "array" || array["items"] is not null))
                {
                    properties["results"] = array;
                    return properties;
                }
            }
        }

        return null;
    }

    /// <summary>An object schema's properties, its <c>allOf</c> parts' included.</summary>
    private static Dictionary<string, JsonNode?> Properties(JsonObject spec, JsonNode? schema, int depth)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (depth > 8 || Resolve(spec, schema) is not { } resolved)
        {
            return result;
        }

        foreach (var part in resolved["allOf"] as JsonArray ?? [])
        {
            foreach (var (name, property) in Properties(spec, part, depth + 1))
            {
                result[name] = property;
            }
        }

        foreach (var (name, property) in resolved["properties"] as JsonObject ?? [])
        {
            result[name] = property;
        }

        return result;
    }

    /// <summary>The node, or the local node its <c>$ref</c> chain points to (any <c>#/…</c> pointer).</summary>
    private static JsonObject? Resolve(JsonObject spec, JsonNode? node)
    {
        for (var hops = 0; hops < 8 && SpecNodes.String(node?["$ref"]) is { } reference; hops++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            node = spec;
            foreach (var token in reference[2..].Split('/'))
            {
                node = (node as JsonObject)?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }
        }

        return node as JsonObject;
    }

    private static int? Int(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var n) ? n
        : node is JsonValue d && d.TryGetValue<double>(out var x) && x == Math.Floor(x) && x is >= 1 and <= int.MaxValue ? (int)x
        : null;
}
