using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Validates a JSON value against an OpenAPI schema, strictly: properties the schema does not declare are
/// errors (a pact that relies on an undocumented field is a contract the provider never made).
/// </summary>
internal sealed class SchemaValidator(SchemaView.Factory views)
{
    private const int MaxDepth = 64;
    private static readonly TimeSpan MatchBudget = TimeSpan.FromMilliseconds(200);
    private static readonly Dictionary<string, (Regex? Regex, string? Invalid)> Patterns = new(StringComparer.Ordinal);
    private readonly HashSet<(JsonObject Schema, JsonNode Value)> _active = new(new PairComparer());
    private readonly Dictionary<(JsonObject Schema, JsonNode Value), bool> _matches = new(new PairComparer());

    public List<string> Validate(JsonNode? value, JsonNode? schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, views.Of(schema), path, errors, 0);
        return errors;
    }

    private void Check(JsonNode? value, SchemaView s, string path, List<string> errors, int depth)
    {
        if (depth > MaxDepth || (value is not null && !_active.Add((s.Key, value))))
        {
            // Deeper than any real payload, or this value is already being checked against this schema
            // (a parent whose oneOf lists children that allOf the parent): nothing new to learn.
            return;
        }

        try
        {
            CheckOnce(value, s, path, errors, depth);
        }
        finally
        {
            if (value is not null)
            {
                _active.Remove((s.Key, value));
            }
        }
    }

    /// <summary>Whether a value matches one oneOf/anyOf variant; memoised, as variants share deep subtrees.</summary>
    private bool Matches(JsonNode value, JsonNode variant, string path, int depth)
    {
        var view = views.Of(variant);
        if (_matches.TryGetValue((view.Key, value), out var known))
        {
            return known;
        }

        var errors = new List<string>();
        Check(value, view, path, errors, depth + 1);
        return _matches[(view.Key, value)] = errors.Count == 0;
    }

    private void CheckOnce(JsonNode? value, SchemaView s, string path, List<string> errors, int depth)
    {
        if (value is null)
        {
            if (!s.Nullable && s.Type is not null)
            {
                errors.Add($"{path}: null where the schema expects {s.Type}");
            }

            return;
        }

        if (s.OneOf is { Count: > 0 } oneOf)
        {
            var matches = oneOf.Count(v => Matches(value, v, path, depth));
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the {oneOf.Count} oneOf variants (exactly one expected)");
            }
        }

        if (s.AnyOf is { Count: > 0 } anyOf && !anyOf.Any(v => Matches(value, v, path, depth)))
        {
            errors.Add($"{path}: matches none of the anyOf variants");
        }

        if (s.Type is not null && !TypeMatches(value, s.Type))
        {
            errors.Add($"{path}: {Describe(value)} where the schema expects {s.Type}");
            return;
        }

        if (s.Enum is { } values && !values.Contains(value.ToJsonString(), StringComparer.Ordinal))
        {
            errors.Add($"{path}: {value.ToJsonString()} is not one of {string.Join(", ", values)}");
        }

        if (value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            CheckString(text, s, path, errors);
        }
        else if (value is JsonArray array && s.Items is not null)
        {
            var items = views.Of(s.Items);
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{path}[{i}]", errors, depth + 1);
            }
        }
        else if (value is JsonObject obj)
        {
            CheckObject(obj, s, path, errors, depth);
        }
    }

    private void CheckObject(JsonObject obj, SchemaView s, string path, List<string> errors, int depth)
    {
        foreach (var required in s.Required.Where(r => !obj.ContainsKey(r)))
        {
            errors.Add($"{path}: required property '{required}' is missing");
        }

        var open = s.AdditionalProperties is not null || (s.Properties.Count == 0 && s.OneOf is null && s.AnyOf is null);
        foreach (var (name, child) in obj)
        {
            if (s.Properties.TryGetValue(name, out var property))
            {
                Check(child, views.Of(property), $"{path}.{name}", errors, depth + 1);
            }
            else if (s.AdditionalProperties is { } extra)
            {
                Check(child, views.Of(extra), $"{path}.{name}", errors, depth + 1);
            }
            else if (!open)
            {
                errors.Add($"{path}.{name}: property not in the spec");
            }
        }
    }

    private static void CheckString(string text, SchemaView s, string path, List<string> errors)
    {
        if (s.Pattern is { } pattern && PatternError(pattern, text) is { } problem)
        {
            errors.Add($"{path}: {problem}");
        }

        var formatOk = s.Format switch
        {
            "date-time" => DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "email" => text.IndexOf('@') is var at && at > 0 && at < text.Length - 1 && !text.Contains(' '),
            _ => true,
        };
        if (!formatOk)
        {
            errors.Add($"{path}: \"{text}\" is not a valid {s.Format}");
        }
    }

    /// <returns>Null when the text matches; otherwise why not, or why it could not be decided (never a pass).</returns>
    private static string? PatternError(string pattern, string text)
    {
        var (regex, invalid) = Pattern(pattern);
        if (regex is null)
        {
            return $"the spec's pattern {pattern} is not a valid regular expression ({invalid}): \"{Cut(text)}\" could not be checked";
        }

        try
        {
            return MatchesWhole(regex, pattern, text) ? null : $"\"{text}\" does not match the pattern {pattern}";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"matching \"{Cut(text)}\" against the pattern {pattern} took over {MatchBudget.TotalMilliseconds:F0} ms (catastrophic backtracking): the value could not be checked";
        }
    }

    private static string Cut(string text) => text.Length > 80 ? text[..80] + "…" : text;

    /// <summary>ECMA-262 semantics: an anchored <c>$</c> ends the input (.NET's also matches before a final newline).</summary>
    private static bool MatchesWhole(Regex regex, string pattern, string text) =>
        regex.Matches(text).Any(m => (!pattern.StartsWith('^') || m.Index == 0) && (!pattern.EndsWith('$') || m.Index + m.Length == text.Length));

    /// <summary>
    /// Each pattern compiled once: linear-time (non-backtracking) where the pattern allows it, else backtracking
    /// under a match budget; an invalid pattern is remembered with the reason.
    /// </summary>
    private static (Regex? Regex, string? Invalid) Pattern(string pattern)
    {
        lock (Patterns)
        {
            if (Patterns.TryGetValue(pattern, out var known))
            {
                return known;
            }

            if (Patterns.Count >= 4096)
            {
                Patterns.Clear();
            }

            (Regex?, string?) compiled;
            try
            {
                try
                {
                    compiled = (new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchBudget), null);
                }
                catch (NotSupportedException)
                {
                    // Backreferences, lookarounds, atomic groups: the backtracking engine, under the budget.
                    compiled = (new Regex(pattern, RegexOptions.CultureInvariant, MatchBudget), null);
                }
            }
            catch (ArgumentException ex)
            {
                compiled = (null, ex is RegexParseException parse ? $"{parse.Error} at offset {parse.Offset}" : ex.Message);
            }

            Patterns[pattern] = compiled;
            return compiled;
        }
    }

    private static bool TypeMatches(JsonNode value, string type) => type.Split('|').Any(t => t switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
        "integer" => JsonNumbers.TryGetDecimal(value, out var d) && d == decimal.Truncate(d),
        "number" => JsonNumbers.TryGetDecimal(value, out _),
        _ => true,
    });

    private static string Describe(JsonNode value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v when v.TryGetValue<string>(out var s) => $"the string \"{s}\"",
        _ => value.ToJsonString(),
    };

    private sealed class PairComparer : IEqualityComparer<(JsonObject Schema, JsonNode Value)>
    {
        public bool Equals((JsonObject Schema, JsonNode Value) x, (JsonObject Schema, JsonNode Value) y) =>
            ReferenceEquals(x.Schema, y.Schema) && ReferenceEquals(x.Value, y.Value);

        public int GetHashCode((JsonObject Schema, JsonNode Value) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Schema), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Value));
    }
}
