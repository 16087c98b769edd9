using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>One HTTP interaction of a pact (V3 or V4), in the shape the check needs.</summary>
public sealed record PactInteraction(
    string Description,
    string Method,
    string Path,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RequestHeaders,
    int Status,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResponseHeaders,
    JsonNode? ResponseBody,
    string? ResponseContentType,
    JsonObject? RequestRules = null,
    JsonObject? ResponseRules = null);

/// <summary>Reads pact files (V2–V4 HTTP interactions) from JSON.</summary>
public static class PactFile
{
    public static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Load(string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new SpecLoadException(path, "a pact file is a JSON object");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new SpecLoadException(path, "invalid JSON: " + ex.Message, (ex.LineNumber ?? -1) + 1, (ex.BytePositionInLine ?? -1) + 1, ex);
        }
        catch (FileNotFoundException)
        {
            throw new SpecLoadException(path, "file not found");
        }

        return Parse(root, path);
    }

    public static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Parse(JsonObject root, string source)
    {
        var list = new List<PactInteraction>();
        var index = 0;
        foreach (var item in root["interactions"] as JsonArray ?? throw new SpecLoadException(source, "no 'interactions' array"))
        {
            var at = $"interactions[{index++}]";
            if (item is not JsonObject i || (i["type"] is { } type && type.ToString() != "Synchronous/HTTP"))
            {
                continue;
            }

            var request = i["request"] as JsonObject ?? throw new SpecLoadException(source, $"{at}: no request");
            var response = i["response"] as JsonObject ?? throw new SpecLoadException(source, $"{at}: no response");
            var (body, contentType) = Body(response["body"]);
            list.Add(new PactInteraction(
                i["description"]?.ToString() ?? at,
                request["method"]?.ToString()?.ToUpperInvariant() ?? "GET",
                request["path"]?.ToString() ?? "/",
                Multi(request["query"]),
                Multi(request["headers"]),
                response["status"] is JsonValue s && s.TryGetValue<int>(out var status) ? status : throw new SpecLoadException(source, $"{at}: response.status is missing"),
                Multi(response["headers"]),
                body,
                contentType,
                request["matchingRules"]?.DeepClone() as JsonObject,
                response["matchingRules"]?.DeepClone() as JsonObject));
        }

        return (root["consumer"]?["name"]?.ToString() ?? "?", root["provider"]?["name"]?.ToString() ?? "?", list);
    }

    private static (JsonNode? Body, string? ContentType) Body(JsonNode? body) => body switch
    {
        JsonObject o when o.ContainsKey("content") => (o["content"]?.DeepClone(), o["contentType"]?.ToString()),
        null => (null, null),
        _ => (body.DeepClone(), null),
    };

    /// <summary>Query and headers: V4 uses name → [values], V2 a query string; header values may be comma lists.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Multi(JsonNode? node)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    map[name] = value is JsonArray a ? a.Select(v => v?.ToString() ?? string.Empty).ToList() : [value?.ToString() ?? string.Empty];
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var query):
                foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=');
                    var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                    var list = map.TryGetValue(key, out var existing) ? existing.ToList() : [];
                    list.Add(eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]));
                    map[key] = list;
                }

                break;
        }

        return map;
    }
}
