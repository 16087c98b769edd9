using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Checks the matchers of a pact against the spec, by direction. Request side (this file): a matcher lets the
/// consumer send other values than the example (any string for a type matcher, whatever a regex accepts, any number
/// of items above eachLike's min), and each of those must be a value the spec allows. Response side
/// (<see cref="Brittle"/>): the opposite. Reported with the rule's path and a witness:
/// <list type="bullet">
/// <item>a type, regex, include, number or date matcher that accepts a value the field's schema refuses (pattern,
/// format, enum, type, length and range bounds), found by sampling (<see cref="MatcherValues"/>);</item>
/// <item>an array matcher whose min is below the spec's minItems, or without a max (or above it) where the spec
/// has maxItems;</item>
/// <item>a matcher or rule path this check cannot read: a check that could not run is never a pass.</item>
/// </list>
/// Type matchers cascade to the values below them without rules of their own, as in the core. One exception,
/// written down: on a response enum, a regex that accepts every declared value may accept more (Atlas adds enum
/// values to responses; a tolerant client keeps them); a type matcher there accepts any value and is reported.
/// And one limit: Pact has no matcher for a numeric range, so a number's minimum and maximum are not held
/// against its matcher (only its type and enum are); the example itself is still checked against them.
/// </summary>
internal sealed partial class MatcherCheck(SchemaView.Factory views, SchemaValidator validator)
{
    /// <summary>Verdicts per schema (by identity) and matchers + example: interactions repeat the same rules.</summary>
    private readonly Dictionary<JsonObject, Dictionary<string, string?>> _verdicts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Body rules against the body and its schema. <paramref name="envelope"/>: the body is Atlas's <c>{"status", "content"}</c> around the schema's value.</summary>
    public List<string> Body(IReadOnlyList<MatchingRule> rules, JsonNode? body, JsonNode? schema, bool envelope)
    {
        var problems = new List<string>();
        Unreadable(rules, problems, out var bodyRules);
        var used = new HashSet<MatchingRule>();
        Walk(new Place(body, schema, []), bodyRules, envelope, used, problems, 0);
        Unused(bodyRules, used, problems);
        return problems;
    }

    /// <summary>Body rules whose path this check cannot read are reported; the others are returned.</summary>
    private static void Unreadable(IReadOnlyList<MatchingRule> rules, List<string> problems, out List<MatchingRule> readable)
    {
        var bodyRules = rules.Where(r => r.Category == "body").ToList();
        foreach (var unreadable in bodyRules.Where(r => r.Steps is null))
        {
            problems.Add($"{unreadable.Name}: the matching rule's path is not one this check reads, so the matcher cannot be checked");
        }

        readable = bodyRules.Where(r => r.Steps is not null).ToList();
    }

    private static void Unused(List<MatchingRule> rules, HashSet<MatchingRule> used, List<string> problems)
    {
        foreach (var unused in rules.Where(r => !used.Contains(r)))
        {
            problems.Add($"{unused.Name}: the matching rule matches nothing in the example body, so its matcher cannot be checked");
        }
    }

    /// <summary>A header, query or path rule against the example value; <paramref name="refuses"/> says why the spec refuses a value, or null.</summary>
    public string? Named(MatchingRule rule, string? example, Func<string, string?> refuses, string context)
    {
        if (example is null)
        {
            return "its matching rule has no example value, so the matcher cannot be checked";
        }

        var key = $"{context}|{rule.Category}|{rule.Name}|{rule.Or}|{string.Join(",", rule.Matchers.Select(m => m.ToJsonString()))}|{example}";
        if (!_named.TryGetValue(key, out var verdict))
        {
            _named[key] = verdict = NamedOnce(rule, example, refuses);
        }

        return verdict;
    }

    /// <summary>Verdicts of header, query and path rules: interactions repeat the same rules and examples.</summary>
    private readonly Dictionary<string, string?> _named = new(StringComparer.Ordinal);

    private static string? NamedOnce(MatchingRule rule, string example, Func<string, string?> refuses)
    {
        var (admits, unsupported) = Predicate(rule.Matchers, JsonValue.Create(example), rule.Or);
        if (admits is null)
        {
            return unsupported;
        }

        foreach (var candidate in MatcherValues.Candidates(JsonValue.Create(example)))
        {
            if (admits(candidate) && candidate?.GetValue<string>() is { } text && refuses(text) is { } why)
            {
                return $"{Describe(rule.Matchers, rule.Or)} admits {candidate.ToJsonString()}, which the spec refuses: {why}";
            }
        }

        return null;
    }

    private readonly record struct Place(JsonNode? Value, JsonNode? Schema, List<PathStep> Location);

    private void Walk(Place place, List<MatchingRule> rules, bool envelope, HashSet<MatchingRule> used, List<string> problems, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        var exact = rules.Where(r => r.Covers(place.Location, exactly: true)).MaxBy(r => r.Weight);
        var inherited = exact is null ? rules.Where(r => r.Covers(place.Location, exactly: false) && r.Types.Contains("type")).MaxBy(r => r.Weight) : null;
        if (exact is not null)
        {
            used.Add(exact);
        }

        var view = place.Schema is null ? null : views.Of(place.Schema);
        if ((exact ?? inherited) is { } rule && place.Schema is not null && view is not null && !(envelope && place.Location.Count == 0))
        {
            var matchers = exact is null ? rule.Matchers.Where(m => m["match"]?.ToString() == "type").ToList() : rule.Matchers;
            if (Check(matchers, exact is null ? false : rule.Or, place.Value, place.Schema, view) is { } problem)
            {
                var from = exact is null ? $" (the type matcher of {rule.Name}, which cascades here)" : string.Empty;
                problems.Add($"{rule.Name}{from}: {problem}");
            }
        }

        switch (place.Value)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(new Place(array[i], view?.Items, [.. place.Location, new PathStep(null, i)]), rules, envelope, used, problems, depth + 1);
                }

                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childSchema = envelope && place.Location.Count == 0
                        ? name switch { "content" => place.Schema, "status" => EnvelopeStatus, _ => null }
                        : view is null ? null : Property(view, name);
                    Walk(new Place(child, childSchema, [.. place.Location, new PathStep(name, null)]), rules, envelope, used, problems, depth + 1);
                }

                break;
        }
    }

    private static readonly JsonObject EnvelopeStatus = new() { ["type"] = "integer" };

    private JsonNode? Property(SchemaView view, string name) =>
        view.Properties.TryGetValue(name, out var property) ? property
        : (view.OneOf ?? []).Concat(view.AnyOf ?? []).Select(views.Of).Select(v => v.Properties.GetValueOrDefault(name)).FirstOrDefault(p => p is not null)
        ?? view.AdditionalProperties;

    /// <summary>Why the matchers at one place of the example admit something the schema refuses, or null.</summary>
    private string? Check(IReadOnlyList<JsonObject> matchers, bool or, JsonNode? example, JsonNode schema, SchemaView view)
    {
        if (matchers.Count == 0)
        {
            return null;
        }

        if (!_verdicts.TryGetValue(view.Key, out var known))
        {
            _verdicts[view.Key] = known = new Dictionary<string, string?>(StringComparer.Ordinal);
        }

        var key = $"{string.Join(",", matchers.Select(m => m.ToJsonString()))}|{or}|{example?.ToJsonString()}";
        if (!known.TryGetValue(key, out var verdict))
        {
            verdict = known[key] = example switch
            {
                JsonArray => Items(matchers, view),
                JsonObject => Unsupported(matchers, "type", "equality"),
                _ => Leaf(matchers, or, example, schema, view),
            };
        }

        return verdict;
    }

    private static string? Items(IReadOnlyList<JsonObject> matchers, SchemaView view)
    {
        if (Unsupported(matchers, "type", "equality") is { } unsupported)
        {
            return unsupported;
        }

        foreach (var matcher in matchers.Where(m => m["match"]?.ToString() == "type"))
        {
            var min = Number(matcher["min"]) ?? 0;
            var max = Number(matcher["max"]);
            var description = min > 0 || matcher.ContainsKey("min") ? $"the type matcher (min {min})" : "the type matcher";
            if (view.Bounds.TryGetValue("minItems", out var minItems) && min < minItems)
            {
                return $"{description} admits {Items(min)} where the spec requires at least {Items(minItems)} (minItems {minItems.ToString(CultureInfo.InvariantCulture)})";
            }

            if (view.Bounds.TryGetValue("maxItems", out var maxItems) && (max is null || max > maxItems))
            {
                var admits = max is null ? "any number of items" : Items(max.Value);
                return $"{description} admits {admits} where the spec allows at most {Items(maxItems)} (maxItems {maxItems.ToString(CultureInfo.InvariantCulture)})";
            }
        }

        return null;

        static string Items(decimal n) => n == 0 ? "an empty array" : n == 1 ? "1 item" : $"{n.ToString(CultureInfo.InvariantCulture)} items";
    }

    private string? Leaf(IReadOnlyList<JsonObject> matchers, bool or, JsonNode? example, JsonNode schema, SchemaView view)
    {
        var (admits, unsupported) = Predicate(matchers, example, or);
        if (admits is null)
        {
            return unsupported;
        }

        // A regex that accepts every declared value of a response enum may accept more (see the class summary).
        var extendsEnum = view.Enum is { Count: > 0 } declared && matchers.Any(m => m["match"]?.ToString() == "regex")
            && declared.All(v => admits(JsonNode.Parse(v)));
        var numeric = Loading.JsonNumbers.TryGetDecimal(example, out _);
        var against = extendsEnum || (numeric && (view.Bounds.ContainsKey("minimum") || view.Bounds.ContainsKey("maximum"))) ? Reduced(view, keepEnum: !extendsEnum) : schema;
        foreach (var candidate in MatcherValues.Candidates(example))
        {
            if (!admits(candidate))
            {
                continue;
            }

            var errors = validator.Validate(candidate, against, "value");
            if (errors.Count > 0)
            {
                return $"{Describe(matchers, or)} admits {candidate?.ToJsonString() ?? "null"}, which the spec refuses: {errors[0]["value: ".Length..]}";
            }
        }

        return null;
    }

    private static (Func<JsonNode?, bool>? Admits, string? Unsupported) Predicate(IReadOnlyList<JsonObject> matchers, JsonNode? example, bool or)
    {
        var predicates = new List<Func<JsonNode?, bool>>();
        foreach (var matcher in matchers)
        {
            if (MatcherValues.Admits(matcher, example, out var unsupported) is not { } admits)
            {
                return (null, unsupported + ", so it cannot be checked against the spec");
            }

            predicates.Add(admits);
        }

        return (or ? v => predicates.Any(p => p(v)) : v => predicates.All(p => p(v)), null);
    }

    private static string? Unsupported(IReadOnlyList<JsonObject> matchers, params string[] supported) =>
        matchers.Select(m => m["match"]?.ToString()).FirstOrDefault(t => !supported.Contains(t)) is { } type
            ? $"the '{type}' matcher is not one this check can compare with the spec here, so it cannot be checked"
            : null;

    /// <summary>The view's constraints on a single value, without its numeric range (and its enum unless kept).</summary>
    private static JsonObject Reduced(SchemaView view, bool keepEnum)
    {
        var schema = new JsonObject();
        if (view.Type is { } type)
        {
            schema["type"] = type.Contains('|', StringComparison.Ordinal) ? new JsonArray(type.Split('|').Select(t => (JsonNode)JsonValue.Create(t)).ToArray()) : type;
        }

        if (view.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
        }

        if (view.Format is { } format)
        {
            schema["format"] = format;
        }

        foreach (var (bound, limit) in view.Bounds.Where(b => b.Key is not ("minimum" or "maximum")))
        {
            schema[bound] = limit;
        }

        if (keepEnum && view.Enum is { } values)
        {
            schema["enum"] = new JsonArray(values.Select(v => JsonNode.Parse(v)).ToArray());
        }

        schema["nullable"] = view.Nullable;
        return schema;
    }

    private static string Describe(IReadOnlyList<JsonObject> matchers, bool or) =>
        string.Join(or ? " or " : " and ", matchers.Select(m => m["match"]?.ToString() switch
        {
            "regex" => $"the regex matcher {m["regex"]}",
            "include" => $"the include matcher \"{m["value"]}\"",
            "datetime" or "timestamp" or "date" or "time" => $"the {m["match"]} matcher {m["format"]}",
            var t => $"the {t} matcher",
        }));

    private static decimal? Number(JsonNode? node) => Loading.JsonNumbers.TryGetDecimal(node, out var d) ? d : null;
}
