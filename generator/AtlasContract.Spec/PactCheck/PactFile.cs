using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Reads pact files (V2–V4 HTTP interactions). The file is validated whole (syntax, duplicate keys, limits) and then
/// read one interaction at a time from its own bytes, as JSON elements: a large pact is never a tree in memory.
/// Pacts repeat themselves, so identical bodies, rule sets and header maps are read once and shared.
/// </summary>
public static class PactFile
{
    private static readonly JsonDocumentOptions Depth = new() { MaxDepth = LoadLimits.Default.MaxDepth };

    public static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Load(string path)
    {
        var bytes = Files.ReadBounded(path, LoadLimits.Default.MaxBytes);
        var bom = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(bom)))
        {
            SpecLoader.Decode(bytes, path); // names the bad byte
        }

        var utf8 = bom == 0 ? bytes : bytes[bom..];
        JsonInput.Validate(utf8, path);
        return Read(utf8, path);
    }

    /// <summary>Every node read is type-checked: a mistyped one is one error naming the file and its JSON pointer.</summary>
    public static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Parse(JsonObject root, string source) =>
        Read(Encoding.UTF8.GetBytes(root.ToJsonString()), source);

    private static (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) Read(byte[] utf8, string source)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = LoadLimits.Default.MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new SpecLoadException(source, "a pact file is a JSON object");
        }

        var shape = new Shape(source);
        var list = new List<PactInteraction>();
        string? consumer = null, provider = null;
        var interactions = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == "interactions" && reader.TokenType == JsonTokenType.StartArray)
            {
                interactions = true;
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    using var one = Slice(utf8, ref reader);
                    Interaction(one.RootElement, index, shape, list);
                }

                continue;
            }

            using var member = Slice(utf8, ref reader);
            switch (name)
            {
                case "interactions":
                    throw new SpecLoadException(source, $"#/interactions: expected an array, found {Describe(member.RootElement)}");
                case "consumer" or "provider":
                    var party = shape.Text(Property(shape.Object(member.RootElement, "#/" + name), "name"), $"#/{name}/name");
                    (consumer, provider) = name == "consumer" ? (party, provider) : (consumer, party);
                    break;
            }
        }

        return interactions ? (consumer ?? "?", provider ?? "?", list) : throw new SpecLoadException(source, "no 'interactions' array");
    }

    /// <summary>The value the reader is on, as its own document over the file's bytes (no copy); the reader moves past it.</summary>
    private static JsonDocument Slice(byte[] utf8, ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return JsonDocument.Parse(utf8.AsMemory(start, (int)reader.BytesConsumed - start), Depth);
    }

    /// <summary>One interaction, type-checked; HTTP interactions are added to <paramref name="list"/>.</summary>
    private static void Interaction(JsonElement node, int index, Shape shape, List<PactInteraction> list)
    {
        var source = shape.Source;
        var at = $"#/interactions/{index}";
        var i = shape.Object(node, at) ?? throw new SpecLoadException(source, $"{at}: expected an interaction object, found null");
        if (shape.Text(Property(i, "type"), at + "/type") is { } type && type != "Synchronous/HTTP")
        {
            return;
        }

        var request = shape.Object(Property(i, "request"), at + "/request") ?? throw new SpecLoadException(source, $"{at}: no request");
        var response = shape.Object(Property(i, "response"), at + "/response") ?? throw new SpecLoadException(source, $"{at}: no response");
        var (body, contentType, hasBody) = Body(Property(response, "body"), shape, at + "/response/body");
        var (requestBody, requestContentType, hasRequestBody) = Body(Property(request, "body"), shape, at + "/request/body");
        var status = Property(response, "status") is { ValueKind: JsonValueKind.Number } s && s.TryGetInt32(out var code) ? code
            : throw new SpecLoadException(source, $"{at}/response/status: " + (Property(response, "status") is { } other && other.ValueKind != JsonValueKind.Null ? $"expected an HTTP status code, found {Describe(other)}" : "missing"));
        list.Add(new PactInteraction(
            shape.Text(Property(i, "description"), at + "/description") ?? $"interactions[{index}]",
            shape.Text(Property(request, "method"), at + "/request/method")?.ToUpperInvariant() ?? "GET",
            shape.Intern(shape.Text(Property(request, "path"), at + "/request/path") ?? "/"),
            Multi(Property(request, "query"), shape, at + "/request/query"),
            Multi(Property(request, "headers"), shape, at + "/request/headers"),
            status,
            Multi(Property(response, "headers"), shape, at + "/response/headers"),
            body,
            contentType,
            Rules(Property(request, "matchingRules"), shape, at + "/request/matchingRules"),
            Rules(Property(response, "matchingRules"), shape, at + "/response/matchingRules"),
            requestBody,
            requestContentType,
            index)
        {
            HasRequestBody = hasRequestBody,
            HasResponseBody = hasBody,
        });
    }

    private static JsonElement? Property(JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) ? value : null;

    /// <summary>
    /// matchingRules, V3/V4 (<c>{"body": {"$.x": {"combine": …, "matchers": [{…}]}}}</c>) or V2 (<c>{"$.body.x": {…}}</c>):
    /// every container of the right type, so the matcher checks can read them without a check. Each distinct rule set once.
    /// </summary>
    private static JsonObject? Rules(JsonElement? node, Shape shape, string at)
    {
        if (shape.Object(node, at) is not { } rules)
        {
            return null;
        }

        var text = "rules:" + rules.GetRawText();
        if (shape.Interned.TryGetValue(text, out var known))
        {
            return (JsonObject)known!;
        }

        foreach (var category in rules.EnumerateObject())
        {
            var where = JsonPointer.Append(at, category.Name);
            if (category.Name.StartsWith('$'))
            {
                shape.Object(category.Value, where);
            }
            else if (category.Name == "path")
            {
                Rule(category.Value, shape, where);
            }
            else if (shape.Object(category.Value, where) is { } named)
            {
                foreach (var rule in named.EnumerateObject())
                {
                    Rule(rule.Value, shape, JsonPointer.Append(where, rule.Name));
                }
            }
        }

        var copy = JsonNode.Parse(rules.GetRawText())!.AsObject();
        shape.Interned[text] = copy;
        return copy;
    }

    private static void Rule(JsonElement node, Shape shape, string at)
    {
        if (shape.Object(node, at) is not { } rule)
        {
            return;
        }

        shape.Text(Property(rule, "combine"), at + "/combine");
        if (shape.Array(Property(rule, "matchers"), at + "/matchers") is { } matchers)
        {
            var i = 0;
            foreach (var matcher in matchers.EnumerateArray())
            {
                shape.Object(matcher, $"{at}/matchers/{i++}");
            }
        }
    }

    /// <summary>A V4 body object (<c>content</c>, <c>contentType</c>) or a V2/V3 body; present when the key is (and a V4 body has content).</summary>
    private static (JsonNode? Body, string? ContentType, bool Present) Body(JsonElement? body, Shape shape, string at) => body switch
    {
        null => (null, null, false),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("content", out var content) =>
            (shape.Intern(content), shape.Text(Property(o, "contentType"), at + "/contentType"), content.ValueKind != JsonValueKind.Null),
        { } other => (shape.Intern(other), null, true),
    };

    /// <summary>Query and headers: V4 uses name → [values], V2 a query string; header values may be comma lists. Each distinct map once.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Multi(JsonElement? node, Shape shape, string at)
    {
        if (node is not { ValueKind: not JsonValueKind.Null } element)
        {
            return shape.Empty;
        }

        var text = "multi:" + element.GetRawText();
        if (shape.Maps.TryGetValue(text, out var known))
        {
            return known;
        }

        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var where = JsonPointer.Append(at, property.Name);
                    var values = property.Value.ValueKind == JsonValueKind.Array
                        ? property.Value.EnumerateArray().Select((v, i) => shape.Value(v, $"{where}/{i}")).ToList()
                        : [shape.Value(property.Value, where)];
                    map[property.Name] = map.TryGetValue(property.Name, out var existing) ? [.. existing, .. values] : values;
                }

                break;
            case JsonValueKind.String:
                foreach (var pair in element.GetString()!.Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=');
                    var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                    var list = map.TryGetValue(key, out var existing) ? existing.ToList() : [];
                    list.Add(eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]));
                    map[key] = list;
                }

                break;
            default:
                throw new SpecLoadException(shape.Source, $"{at}: expected an object of name → values, found {Describe(element)}");
        }

        shape.Maps[text] = map;
        return map;
    }

    /// <summary>"an object", "the number 5", "the string 'x'": as for any document node.</summary>
    private static string Describe(JsonElement element) => OpenApiShape.Describe(JsonNode.Parse(element.GetRawText()));

    /// <summary>Type checks that name the file and the JSON pointer of the node, and the values shared between interactions.</summary>
    private sealed class Shape(string source)
    {
        public string Source { get; } = source;

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Empty { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Distinct bodies and rules by their JSON text: one independent copy each, shared by the interactions.</summary>
        public Dictionary<string, JsonNode?> Interned { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Maps { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        public string Intern(string text)
        {
            if (!_strings.TryGetValue(text, out var known))
            {
                _strings[text] = known = text;
            }

            return known;
        }

        public JsonNode? Intern(JsonElement element)
        {
            var text = element.GetRawText();
            if (!Interned.TryGetValue(text, out var known))
            {
                Interned[text] = known = JsonNode.Parse(text);
            }

            return known;
        }

        public JsonElement? Object(JsonElement? node, string at) => node switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Object } o => o,
            { } other => throw new SpecLoadException(Source, $"{at}: expected an object, found {Describe(other)}"),
        };

        public JsonElement? Array(JsonElement? node, string at) => node switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Array } a => a,
            { } other => throw new SpecLoadException(Source, $"{at}: expected an array, found {Describe(other)}"),
        };

        public string? Text(JsonElement? node, string at) => node switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { } other => throw new SpecLoadException(Source, $"{at}: expected a string, found {Describe(other)}"),
        };

        /// <summary>A header or query value: a string, or a number or boolean as written.</summary>
        public string Value(JsonElement node, string at) => node.ValueKind switch
        {
            JsonValueKind.Null => string.Empty,
            JsonValueKind.String => node.GetString()!,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => node.GetRawText(),
            _ => throw new SpecLoadException(Source, $"{at}: expected a string, found {Describe(node)}"),
        };
    }
}
