using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// The response side of the matcher check. The provider may send any value the spec allows on a field the consumer
/// reads, so a matcher that refuses one of them (a regex narrower than the schema's pattern, format or enum) or a bare example (Pact compares it by equality) makes the pact fail against a correct provider: it
/// is brittle, and reported with a witness, a value the spec allows that the pact refuses. Witnesses are the schema's
/// enum values, samples of its format, and mutations of the example (<see cref="MatcherValues"/>) the schema allows.
/// Not judged: an explicit equality matcher (the consumer says the value is fixed, e.g. a status echoed in the body or a
/// filtered username), and array lengths and bare arrays or objects (the provider state decides how many items exist).
/// Each verdict is computed once per schema, matchers and example.
/// </summary>
internal sealed partial class MatcherCheck
{
    private static readonly Dictionary<string, string[]> FormatSamples = new(StringComparer.Ordinal)
    {
        ["date-time"] = ["2030-12-31T23:59:59.123456Z", "2030-01-01T00:00:00+05:30", "2030-01-01T00:00:00-08:00"],
        ["date"] = ["2030-12-31"],
        ["email"] = ["first.last+tag@sub.example.org", "o'brien@example.com"],
        ["uuid"] = ["123e4567-e89b-12d3-a456-426614174000"],
        ["uri"] = ["https://example.com/a/b?c=d#e"],
    };

    private readonly Dictionary<JsonObject, Dictionary<string, string?>> _brittle = new(ReferenceEqualityComparer.Instance);

    /// <summary>Brittle matchers and bare examples of a response body.</summary>
    public List<string> Brittle(IReadOnlyList<MatchingRule> rules, JsonNode? body, JsonNode? schema, bool envelope)
    {
        var problems = new List<string>();
        Unreadable(rules, problems, out var bodyRules);
        var used = new HashSet<MatchingRule>();
        WalkResponse(new Place(body, schema, []), bodyRules, envelope, used, problems, 0);
        Unused(bodyRules, used, problems);
        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A header rule of a response: brittle when it refuses a value the header's schema allows.</summary>
    public string? BrittleHeader(MatchingRule rule, string? example, JsonNode? schema, Func<string, JsonNode?> read)
    {
        if (example is null || schema is null)
        {
            return null;
        }

        return Verdict(rule.Matchers, rule.Or, JsonValue.Create(example), schema, candidate => candidate is JsonValue v && v.TryGetValue<string>(out var text) ? read(text) : null);
    }

    private void WalkResponse(Place place, List<MatchingRule> rules, bool envelope, HashSet<MatchingRule> used, List<string> problems, int depth)
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
        var atEnvelope = envelope && place.Location.Count == 0;
        if (place.Value is not (JsonObject or JsonArray) && place.Schema is not null && !atEnvelope)
        {
            if ((exact ?? inherited) is { } rule)
            {
                var matchers = exact is null ? rule.Matchers.Where(m => m["match"]?.ToString() == "type").ToList() : rule.Matchers;
                if (!matchers.All(m => m["match"]?.ToString() == "equality") && Verdict(matchers, exact is not null && rule.Or, place.Value, place.Schema, c => c) is { } problem)
                {
                    var from = exact is null ? $" (the type matcher of {rule.Name}, which cascades here)" : string.Empty;
                    problems.Add($"{rule.Name}{from}: {problem}");
                }
            }
            else if (Verdict([], false, place.Value, place.Schema, c => c) is { } bare)
            {
                problems.Add($"{MatchingRules.Describe(place.Location)}: {bare}");
            }
        }

        switch (place.Value)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    WalkResponse(new Place(array[i], view?.Items, [.. place.Location, new PathStep(null, i)]), rules, envelope, used, problems, depth + 1);
                }

                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childSchema = atEnvelope
                        ? name switch { "content" => place.Schema, "status" => EnvelopeStatus, _ => null }
                        : view is null ? null : Property(view, name);
                    WalkResponse(new Place(child, childSchema, [.. place.Location, new PathStep(name, null)]), rules, envelope, used, problems, depth + 1);
                }

                break;
        }
    }

    /// <summary>
    /// Why the matchers (none: the bare example, compared by equality) refuse a value the schema allows, or null.
    /// <paramref name="asValue"/> turns a candidate into the value the schema judges (a header's text into its type).
    /// </summary>
    private string? Verdict(IReadOnlyList<JsonObject> matchers, bool or, JsonNode? example, JsonNode schema, Func<JsonNode?, JsonNode?> asValue)
    {
        var view = views.Of(schema);
        if (!_brittle.TryGetValue(view.Key, out var known))
        {
            _brittle[view.Key] = known = new Dictionary<string, string?>(StringComparer.Ordinal);
        }

        var key = $"{string.Join(",", matchers.Select(m => m.ToJsonString()))}|{or}|{example?.ToJsonString()}";
        if (known.TryGetValue(key, out var verdict))
        {
            return verdict;
        }

        Func<JsonNode?, bool>? admits;
        if (matchers.Count == 0)
        {
            admits = v => JsonNode.DeepEquals(v, example);
        }
        else
        {
            (admits, var unsupported) = Predicate(matchers, example, or);
            if (admits is null)
            {
                return known[key] = unsupported;
            }
        }

        verdict = null;
        foreach (var candidate in Samples(view, example))
        {
            if (!admits(candidate) && validator.Validate(asValue(candidate), schema, "value", response: true).Count == 0)
            {
                var what = matchers.Count == 0 ? "the bare example (compared by equality)" : Describe(matchers, or);
                verdict = $"{what} refuses {candidate?.ToJsonString() ?? "null"}, which the spec allows: a correct provider can fail this pact (brittle)";
                break;
            }
        }

        return known[key] = verdict;
    }

    /// <summary>
    /// Values the spec may allow: enum values, samples of the format, then mutations of the example. Not null: Pact's
    /// matchers cannot say "this type or null", so a nullable field is the provider state's to decide (README).
    /// </summary>
    private static IEnumerable<JsonNode?> Samples(SchemaView view, JsonNode? example)
    {
        foreach (var value in view.Enum ?? [])
        {
            yield return JsonNode.Parse(value);
        }

        if (view.Format is { } format && FormatSamples.TryGetValue(format, out var samples))
        {
            foreach (var sample in samples)
            {
                yield return JsonValue.Create(sample);
            }
        }

        foreach (var candidate in MatcherValues.Candidates(example))
        {
            yield return candidate;
        }
    }
}
