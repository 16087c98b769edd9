using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AtlasContract.Pact;

/// <summary>
/// Refuses matcher JSON the core would accept silently and get wrong: a regex matcher without a regex (the
/// value becomes null), a regex whose example does not match, an unknown matcher type (written as-is).
/// </summary>
public static class MatcherRules
{
    private const string Key = "pact:matcher:type";

    /// <summary>The matcher types the core understands in integration JSON.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "regex", "datetime", "timestamp", "date", "time", "integer", "decimal", "number", "boolean",
        "equality", "include", "null", "notEmpty", "semver", "contentType", "values", "arrayContains", "eachKey", "eachValue",
    };

    public static void Validate(JsonNode? node, string where)
    {
        var pending = new Stack<(JsonNode Node, string Path)>();
        if (node is not null)
        {
            pending.Push((node, "$"));
        }

        while (pending.Count > 0)
        {
            var (current, path) = pending.Pop();
            if (current is JsonObject obj)
            {
                if (obj.TryGetPropertyValue(Key, out var type))
                {
                    CheckMatcher(obj, type?.ToString(), $"{where} {path}");
                }

                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        pending.Push((child, $"{path}.{name}"));
                    }
                }
            }
            else if (current is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        pending.Push((child, $"{path}[{i}]"));
                    }
                }
            }
        }
    }

    private static void CheckMatcher(JsonObject matcher, string? type, string at)
    {
        if (type is null || !Known.Contains(type))
        {
            throw new PactException($"{at}: unknown matcher type '{type}' (known: {string.Join(", ", Known.Order(StringComparer.Ordinal))})");
        }

        if (type != "regex")
        {
            return;
        }

        if (matcher["regex"] is not JsonValue r || !r.TryGetValue<string>(out var regex) || regex.Length == 0)
        {
            throw new PactException($"{at}: a regex matcher needs a 'regex' (without one the core turns the value into null)");
        }

        if (matcher["value"] is not JsonValue v || !v.TryGetValue<string>(out var example))
        {
            throw new PactException($"{at}: a regex matcher needs a string example 'value'");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(example, regex, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new PactException($"{at}: the example \"{example}\" does not match its own regex {regex}");
        }
    }
}
