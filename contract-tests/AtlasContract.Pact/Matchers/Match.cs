using System.Text.Json.Nodes;

namespace AtlasContract.Pact;

/// <summary>
/// Matchers in the Pact core's integration JSON (<c>{"pact:matcher:type": …}</c>). Each keeps an example value
/// the mock server returns; the rule says what a real response may contain instead.
/// </summary>
public static class Match
{
    /// <summary>Same JSON type as the example. On an object or array it cascades to everything inside.</summary>
    public static JsonNode Type(JsonNode example) => Rule("type", example);

    /// <summary>A string matching <paramref name="regex"/>; the example must match it too.</summary>
    public static JsonNode Regex(string example, string regex)
    {
        if (string.IsNullOrEmpty(regex))
        {
            throw new PactException("a regex matcher needs a regex (the core would turn the value into null)");
        }

        var node = Rule("regex", JsonValue.Create(example));
        node["regex"] = regex;
        MatcherRules.Validate(node, "regex matcher");
        return node;
    }

    /// <summary>
    /// A date-time in <paramref name="format"/> (the core's pattern syntax). The format has no optional
    /// fraction: use <see cref="Regex"/> where fractions may appear.
    /// </summary>
    public static JsonNode DateTime(string example, string format = "yyyy-MM-dd'T'HH:mm:ssXXX")
    {
        var node = Rule("datetime", JsonValue.Create(example));
        node["format"] = format;
        return node;
    }

    /// <summary>Alias of <see cref="DateTime"/> under the core's "timestamp" name.</summary>
    public static JsonNode Timestamp(string example, string format = "yyyy-MM-dd'T'HH:mm:ssXXX")
    {
        var node = Rule("timestamp", JsonValue.Create(example));
        node["format"] = format;
        return node;
    }

    public static JsonNode Integer(long example) => Rule("integer", JsonValue.Create(example));

    public static JsonNode Decimal(double example) => Rule("decimal", JsonValue.Create(example));

    public static JsonNode Number(double example) => Rule("number", JsonValue.Create(example));

    public static JsonNode Boolean(bool example) => Rule("boolean", JsonValue.Create(example));

    /// <summary>An array of at least <paramref name="min"/> items, each like <paramref name="template"/>.</summary>
    public static JsonNode EachLike(JsonNode template, int min = 1)
    {
        if (min < 0)
        {
            throw new PactException($"eachLike: min must be 0 or more, not {min}");
        }

        var examples = new JsonArray();
        for (var i = 0; i < Math.Max(min, 1); i++)
        {
            examples.Add(template.DeepClone());
        }

        var node = Rule("type", examples);
        node["min"] = min;
        return node;
    }

    /// <summary>Exactly this value (stops a cascading type matcher).</summary>
    public static JsonNode Equality(JsonNode value) => Rule("equality", value);

    /// <summary>A string that contains <paramref name="substring"/>.</summary>
    public static JsonNode Include(string substring) => Rule("include", JsonValue.Create(substring));

    private static JsonObject Rule(string type, JsonNode? value) => new()
    {
        ["pact:matcher:type"] = type,
        ["value"] = value?.DeepClone(),
    };
}
