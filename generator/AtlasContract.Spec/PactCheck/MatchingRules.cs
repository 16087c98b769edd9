using System.Text.Json.Nodes;

namespace AtlasContract.Spec.PactCheck;

/// <summary>One step of a matching-rule path: a property name, an array index, or <c>*</c> (any of either).</summary>
internal readonly record struct PathStep(string? Name, int? Index)
{
    public static readonly PathStep Star = new(null, null);

    public bool IsStar => Name is null && Index is null;

    public bool Accepts(PathStep actual) => IsStar || (Name is not null ? Name == actual.Name : Index == actual.Index);
}

/// <summary>
/// The matchers of one place of a pact: a body path (<c>$[*].roles[*]</c>), a header, a query parameter or
/// the request path. <c>Or</c>: the pact combines its matchers with OR (any one accepts a value), else AND (every one must).
/// </summary>
internal sealed record MatchingRule(string Category, string Name, IReadOnlyList<PathStep>? Steps, IReadOnlyList<JsonObject> Matchers, bool Or)
{
    /// <summary>The matcher types, in the pact's order ("type", "regex", …).</summary>
    public IEnumerable<string> Types => Matchers.Select(m => m["match"]?.ToString() ?? "?");

    /// <summary>Whether this body rule applies to <paramref name="location"/> itself (same length) or to one of its ancestors.</summary>
    public bool Covers(IReadOnlyList<PathStep> location, bool exactly) =>
        Steps is { } steps && (exactly ? steps.Count == location.Count : steps.Count < location.Count) && steps.Select((s, i) => s.Accepts(location[i])).All(ok => ok);

    /// <summary>More specific rules win: longer paths first, then fewer wildcards.</summary>
    public int Weight => Steps is null ? 0 : (Steps.Count * 2) - Steps.Count(s => s.IsStar);
}

/// <summary>
/// Reads the <c>matchingRules</c> of a request or response: V3/V4 (<c>{"body": {"$.x": {"combine", "matchers"}}}</c>)
/// and V2 (<c>{"$.body.x": {"match": …}}</c>). A path it cannot read becomes a rule without steps, reported by the caller.
/// </summary>
internal static class MatchingRules
{
    public static List<MatchingRule> Read(JsonObject? rules)
    {
        var list = new List<MatchingRule>();
        foreach (var (key, value) in rules ?? [])
        {
            if (key.StartsWith('$'))
            {
                ReadV2(key, value, list);
                continue;
            }

            if (value is not JsonObject category)
            {
                continue;
            }

            if (key == "path")
            {
                list.Add(Rule(key, "path", null, category));
                continue;
            }

            foreach (var (name, rule) in category)
            {
                list.Add(Rule(key, name, key == "body" ? Parse(name) : null, rule));
            }
        }

        return list;
    }

    private static void ReadV2(string key, JsonNode? value, List<MatchingRule> list)
    {
        var matcher = value as JsonObject ?? [];
        var single = new JsonObject { ["matchers"] = new JsonArray(matcher.DeepClone()) };
        if (key == "$.body" || key.StartsWith("$.body.", StringComparison.Ordinal) || key.StartsWith("$.body[", StringComparison.Ordinal))
        {
            var path = "$" + key["$.body".Length..];
            list.Add(Rule("body", path, Parse(path), single));
        }
        else if (key.StartsWith("$.headers.", StringComparison.Ordinal) || key.StartsWith("$.query.", StringComparison.Ordinal))
        {
            var dot = key.IndexOf('.', 2);
            list.Add(Rule(key[2..dot] == "headers" ? "header" : "query", key[(dot + 1)..], null, single));
        }
        else if (key == "$.path")
        {
            list.Add(Rule("path", "path", null, single));
        }
    }

    private static MatchingRule Rule(string category, string name, IReadOnlyList<PathStep>? steps, JsonNode? node)
    {
        // A pact is input: a rule that is not an object has no matchers (and its place is then unchecked by the example only).
        var rule = node as JsonObject;
        var matchers = (rule?["matchers"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var or = string.Equals((rule?["combine"] as JsonValue)?.ToString(), "OR", StringComparison.OrdinalIgnoreCase);
        return new MatchingRule(category, name, steps, matchers, or);
    }

    /// <summary>A place of the example body as a rule path: <c>$[0].orgName</c>.</summary>
    internal static string Describe(IReadOnlyList<PathStep> location) =>
        "$" + string.Concat(location.Select(s => s.IsStar ? "[*]" : s.Name is { } name ? "." + name : $"[{s.Index}]"));

    /// <summary><c>$</c>, <c>.name</c>, <c>.*</c>, <c>[3]</c>, <c>[*]</c>, <c>['any name']</c>; null when the path is none of these.</summary>
    internal static List<PathStep>? Parse(string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var steps = new List<PathStep>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                var name = path[(i + 1)..end];
                if (name.Length == 0)
                {
                    return null;
                }

                steps.Add(name == "*" ? PathStep.Star : new PathStep(name, null));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length)
            {
                var close = path[i + 1] is '\'' or '"' ? path.IndexOf(path[i + 1] + "]", i + 2, StringComparison.Ordinal) + 1 : path.IndexOf(']', i);
                if (close <= i)
                {
                    return null;
                }

                var inner = path[(i + 1)..close];
                if (inner == "*")
                {
                    steps.Add(PathStep.Star);
                }
                else if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(new PathStep(null, index));
                }
                else if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0])
                {
                    steps.Add(new PathStep(inner[1..^1], null));
                }
                else
                {
                    return null;
                }

                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return steps;
    }
}
