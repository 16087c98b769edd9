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
    JsonObject? ResponseRules = null,
    JsonNode? RequestBody = null,
    string? RequestContentType = null,
    int Index = -1)
{
    /// <summary>Whether the request has a body (a JSON <c>null</c> body is one).</summary>
    public bool HasRequestBody { get; init; } = RequestBody is not null;

    /// <summary>Whether the response has a body.</summary>
    public bool HasResponseBody { get; init; } = ResponseBody is not null;
}

/// <summary>Reads pact files (V2–V4 HTTP interactions) from JSON.</summary>
public static class PactFile
{
    public static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Load(string path)
    {
        var text = SpecLoader.Decode(Files.ReadBounded(path, LoadLimits.Default.MaxBytes), path);
        var root = JsonInput.Parse(text, path) as JsonObject ?? throw new SpecLoadException(path, "a pact file is a JSON object");
        return Parse(root, path);
    }

    /// <summary>Every node read is type-checked: a mistyped one is one error naming the file and its JSON pointer.</summary>
    public static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Parse(JsonObject root, string source)
    {
        var shape = new Shape(source);
        var list = new List<PactInteraction>();
        var interactions = shape.Array(root["interactions"], "#/interactions") ?? throw new SpecLoadException(source, "no 'interactions' array");
        for (var index = 0; index < interactions.Count; index++)
        {
            var at = $"#/interactions/{index}";
            var i = shape.Object(interactions[index], at) ?? throw new SpecLoadException(source, $"{at}: expected an interaction object, found null");
            if (shape.Text(i["type"], at + "/type") is { } type && type != "Synchronous/HTTP")
            {
                continue;
            }

            var request = shape.Object(i["request"], at + "/request") ?? throw new SpecLoadException(source, $"{at}: no request");
            var response = shape.Object(i["response"], at + "/response") ?? throw new SpecLoadException(source, $"{at}: no response");
            var (body, contentType) = Body(response["body"], shape, at + "/response/body");
            var (requestBody, requestContentType) = Body(request["body"], shape, at + "/request/body");
            list.Add(new PactInteraction(
                shape.Text(i["description"], at + "/description") ?? $"interactions[{index}]",
                shape.Text(request["method"], at + "/request/method")?.ToUpperInvariant() ?? "GET",
                shape.Text(request["path"], at + "/request/path") ?? "/",
                Multi(request["query"], shape, at + "/request/query"),
                Multi(request["headers"], shape, at + "/request/headers"),
                response["status"] is JsonValue s && s.TryGetValue<int>(out var status) ? status
                    : throw new SpecLoadException(source, $"{at}/response/status: " + (response["status"] is null ? "missing" : $"expected an HTTP status code, found {OpenApiShape.Describe(response["status"])}")),
                Multi(response["headers"], shape, at + "/response/headers"),
                body,
                contentType,
                Rules(request["matchingRules"], shape, at + "/request/matchingRules"),
                Rules(response["matchingRules"], shape, at + "/response/matchingRules"),
                requestBody,
                requestContentType,
                index)
            {
                HasRequestBody = request.ContainsKey("body") && Present(request["body"]),
                HasResponseBody = response.ContainsKey("body") && Present(response["body"]),
            });
        }

        return (Name(root, "consumer", shape), Name(root, "provider", shape), list);
    }

    /// <summary>
    /// matchingRules, V3/V4 (<c>{"body": {"$.x": {"combine": …, "matchers": [{…}]}}}</c>) or V2 (<c>{"$.body.x": {…}}</c>):
    /// every container of the right type, so the matcher checks can read them without a check.
    /// </summary>
    private static JsonObject? Rules(JsonNode? node, Shape shape, string at)
    {
        if (shape.Object(node, at) is not { } rules)
        {
            return null;
        }

        // Pacts repeat the same rules: each distinct text is checked and copied once, and shared.
        var text = "rules:" + rules.ToJsonString();
        if (shape.Interned.TryGetValue(text, out var known))
        {
            return (JsonObject)known!;
        }

        foreach (var (key, value) in rules)
        {
            var where = JsonPointer.Append(at, key);
            if (key.StartsWith('$'))
            {
                shape.Object(value, where);
            }
            else if (key == "path")
            {
                Rule(value, shape, where);
            }
            else if (shape.Object(value, where) is { } category)
            {
                foreach (var (name, rule) in category)
                {
                    Rule(rule, shape, JsonPointer.Append(where, name));
                }
            }
        }

        var copy = rules.DeepClone().AsObject();
        shape.Interned[text] = copy;
        return copy;
    }

    private static void Rule(JsonNode? node, Shape shape, string at)
    {
        if (shape.Object(node, at) is not { } rule)
        {
            return;
        }

        shape.Text(rule["combine"], at + "/combine");
        if (shape.Array(rule["matchers"], at + "/matchers") is { } matchers)
        {
            for (var i = 0; i < matchers.Count; i++)
            {
                shape.Object(matchers[i], $"{at}/matchers/{i}");
            }
        }
    }

    /// <summary>A V4 body object says whether it has content; a V2/V3 body is present when the key is.</summary>
    private static bool Present(JsonNode? body) => body is not JsonObject o || !o.ContainsKey("content") || o["content"] is not null;

    private static string Name(JsonObject root, string party, Shape shape) =>
        shape.Text(shape.Object(root[party], "#/" + party)?["name"], $"#/{party}/name") ?? "?";

    private static (JsonNode? Body, string? ContentType) Body(JsonNode? body, Shape shape, string at) => body switch
    {
        JsonObject o when o.ContainsKey("content") => (shape.Intern(o["content"]), shape.Text(o["contentType"], at + "/contentType")),
        null => (null, null),
        _ => (shape.Intern(body), null),
    };

    /// <summary>Query and headers: V4 uses name → [values], V2 a query string; header values may be comma lists.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Multi(JsonNode? node, Shape shape, string at)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        switch (node)
        {
            case null:
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var where = JsonPointer.Append(at, name);
                    var values = value is JsonArray a
                        ? a.Select((v, i) => shape.Value(v, $"{where}/{i}")).ToList()
                        : [shape.Value(value, where)];
                    map[name] = map.TryGetValue(name, out var existing) ? [.. existing, .. values] : values;
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
            default:
                throw new SpecLoadException(shape.Source, $"{at}: expected an object of name → values, found {OpenApiShape.Describe(node)}");
        }

        return map;
    }

    /// <summary>Type checks that name the file and the JSON pointer of the node.</summary>
    private sealed class Shape(string source)
    {
        public string Source { get; } = source;

        /// <summary>Distinct bodies and rules by their JSON text: one independent copy each, shared by the interactions.</summary>
        public Dictionary<string, JsonNode?> Interned { get; } = new(StringComparer.Ordinal);

        public JsonNode? Intern(JsonNode? node)
        {
            if (node is null)
            {
                return null;
            }

            var text = node.ToJsonString();
            if (!Interned.TryGetValue(text, out var known))
            {
                Interned[text] = known = node.DeepClone();
            }

            return known;
        }

        public JsonObject? Object(JsonNode? node, string at) => node switch
        {
            null => null,
            JsonObject o => o,
            _ => throw new SpecLoadException(Source, $"{at}: expected an object, found {OpenApiShape.Describe(node)}"),
        };

        public JsonArray? Array(JsonNode? node, string at) => node switch
        {
            null => null,
            JsonArray a => a,
            _ => throw new SpecLoadException(Source, $"{at}: expected an array, found {OpenApiShape.Describe(node)}"),
        };

        public string? Text(JsonNode? node, string at) => node switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => throw new SpecLoadException(Source, $"{at}: expected a string, found {OpenApiShape.Describe(node)}"),
        };

        /// <summary>A header or query value: a string, or a number or boolean as written.</summary>
        public string Value(JsonNode? node, string at) => node switch
        {
            null => string.Empty,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v => v.ToJsonString(),
            _ => throw new SpecLoadException(Source, $"{at}: expected a string, found {OpenApiShape.Describe(node)}"),
        };
    }
}
