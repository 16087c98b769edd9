using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Validates a JSON value against an OpenAPI schema. Properties the schema does not declare are errors (a pact
/// that relies on an undocumented field is a contract the provider never made). Two directions
/// (<see cref="Validate"/>'s <c>response</c>): a request body is the whole value the consumer sends, so required
/// properties must be there and a <c>oneOf</c> must match exactly one variant; a response body in a pact is the part
/// of the provider's answer the consumer reads, so a required property it leaves out is fine and a <c>oneOf</c> needs
/// one variant the value is consistent with. A discriminator chooses the variant (<see cref="Discriminator"/>);
/// a property declared in several <c>allOf</c> branches must satisfy each of them. One documented leniency: Atlas's
/// spec declares some string fields as <c>type: object</c> with a <c>oneOf</c> of strings; a string there is checked
/// against the variants and reported as a warning naming the defect.
/// </summary>
internal sealed class SchemaValidator(SchemaView.Factory views)
{
    private const int MaxDepth = 64;
    private static readonly TimeSpan MatchBudget = TimeSpan.FromMilliseconds(200);
    private static readonly Dictionary<string, (Regex? Regex, string? Invalid)> Patterns = new(StringComparer.Ordinal);
    private readonly HashSet<(JsonObject Schema, JsonNode Value)> _active = new(new PairComparer());
    private readonly HashSet<(JsonObject Schema, JsonNode Value)> _alternatives = new(new PairComparer());
    private readonly Dictionary<(JsonObject Variant, JsonObject Parent, JsonNode Value), bool> _matches = new(new TripleComparer());
    private readonly Dictionary<(JsonObject Schema, string Name), List<JsonNode>> _definitions = [];

    /// <summary>How often a check was cut short by a cycle: a result computed across a cut is provisional, never memoised.</summary>
    private int _cuts;

    private bool _response;
    private List<string>? _warnings;

    /// <summary>Errors, each "path: why". <paramref name="response"/>: the value is what a consumer reads of a response (see the class summary).</summary>
    public List<string> Validate(JsonNode? value, JsonNode? schema, string path = "$", bool response = false, List<string>? warnings = null)
    {
        var errors = new List<string>();
        (_response, _warnings) = (response, warnings);
        try
        {
            Check(value, views.Of(schema), path, errors, 0);
        }
        finally
        {
            // Memoised by value identity: a value of another interaction is another node.
            _matches.Clear();
            (_response, _warnings) = (false, null);
        }

        return errors.Count > 1 ? errors.Distinct(StringComparer.Ordinal).ToList() : errors;
    }

    private void Check(JsonNode? value, SchemaView s, string path, List<string> errors, int depth, IReadOnlySet<string>? inherited = null)
    {
        if (depth > MaxDepth || (value is not null && !_active.Add((s.Key, value))))
        {
            // Deeper than any real payload, or this value is already being checked against this schema
            // (a parent whose oneOf lists children that allOf the parent): nothing new to learn.
            _cuts++;
            return;
        }

        try
        {
            CheckOnce(value, s, path, errors, depth, inherited);
        }
        finally
        {
            if (value is not null)
            {
                _active.Remove((s.Key, value));
            }
        }
    }

    /// <summary>
    /// Whether a value matches one oneOf/anyOf variant of <paramref name="parent"/>; the parent's own properties
    /// are declared for the variant too (the parent checks them). Memoised, as variants share deep subtrees,
    /// unless a cycle cut the check short.
    /// </summary>
    private bool Matches(JsonNode value, JsonNode variant, SchemaView parent, string path, int depth)
    {
        var view = views.Of(variant);
        if (_matches.TryGetValue((view.Key, parent.Key, value), out var known))
        {
            return known;
        }

        var errors = new List<string>();
        var cuts = _cuts;
        _alternatives.Add((view.Key, value));
        try
        {
            Check(value, view, path, errors, depth + 1, parent.Properties.Keys.ToHashSet(StringComparer.Ordinal));
        }
        finally
        {
            _alternatives.Remove((view.Key, value));
        }

        var matches = errors.Count == 0;
        if (cuts == _cuts)
        {
            _matches[(view.Key, parent.Key, value)] = matches;
        }

        return matches;
    }

    /// <summary>
    /// True when a variant of this composition is already being tried for the value: a child that allOfs its
    /// parent inherits the parent's oneOf, which is being decided above; deciding it again would loop.
    /// </summary>
    private bool BeingDecided(JsonNode value, List<JsonNode> variants)
    {
        if (!variants.Any(v => _alternatives.Contains((views.Of(v).Key, value))))
        {
            return false;
        }

        _cuts++;
        return true;
    }

    private static bool Open(SchemaView s) => s.AdditionalProperties is not null || (s.Properties.Count == 0 && s.OneOf is null && s.AnyOf is null);

    private void CheckOnce(JsonNode? value, SchemaView s, string path, List<string> errors, int depth, IReadOnlySet<string>? inherited)
    {
        if (value is null)
        {
            if (!s.Nullable && s.Type is not null)
            {
                errors.Add($"{path}: null where the schema expects {s.Type}");
            }

            return;
        }

        // The variants the value matches declare properties for it too (all of them when none matches: that
        // failure is reported once, not again as each variant's properties).
        var matched = new List<SchemaView>();
        var stringsAsObject = StringsDeclaredAsObject(value, s);
        if (Discriminator.ValueOf(s, value) is { } discriminated)
        {
            matched.AddRange(Discriminated(value, s, discriminated, path, errors, depth));
        }
        else
        {
            Variants(value, s, path, errors, depth, matched);
        }

        if (stringsAsObject)
        {
            _warnings?.Add($"{path}: the spec declares type object with a oneOf of strings (a defect of the spec: the API sends a string); the string was checked against the oneOf variants");
        }
        else if (s.Type is not null && !TypeMatches(value, s.Type))
        {
            errors.Add($"{path}: {Describe(value)} where the schema expects {s.Type}");
            return;
        }

        if (s.Enum is { } values && !values.Contains(value.ToJsonString(), StringComparer.Ordinal))
        {
            errors.Add($"{path}: {value.ToJsonString()} is not one of {string.Join(", ", values)}");
        }

        errors.AddRange(SchemaBounds.Errors(value, s, path));

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
            var declared = new HashSet<string>(inherited ?? new HashSet<string>(), StringComparer.Ordinal);
            foreach (var variant in matched)
            {
                declared.UnionWith(variant.Properties.Keys);
            }

            CheckObject(obj, s, path, errors, depth, declared, matched.Any(Open));
        }
    }

    /// <summary>Atlas's defect: <c>type: object</c> whose <c>oneOf</c> variants are all strings, and a string value.</summary>
    private bool StringsDeclaredAsObject(JsonNode value, SchemaView s) =>
        s.Type == "object" && value is JsonValue v && v.TryGetValue<string>(out _) && s.OneOf is { Count: > 0 } variants && variants.All(x => views.Of(x).Type == "string");

    /// <summary>The variant the discriminator names, checked; "no variant" when it names none.</summary>
    private List<SchemaView> Discriminated(JsonNode value, SchemaView s, (string Property, string Value) discriminated, string path, List<string> errors, int depth)
    {
        if (Discriminator.Choose(views, s, discriminated.Value) is not { } chosen)
        {
            var known = Discriminator.Known(views, s).ToList();
            errors.Add($"{path}.{discriminated.Property}: no variant for discriminator value \"{discriminated.Value}\"" + (known.Count == 0 ? string.Empty : $" (known: {string.Join(", ", known)})"));
            return (s.OneOf ?? []).Concat(s.AnyOf ?? []).Select(views.Of).ToList();
        }

        var variant = views.Of(chosen);
        if (ReferenceEquals(variant.Key, s.Key))
        {
            return [];
        }

        Check(value, variant, path, errors, depth + 1, s.Properties.Keys.ToHashSet(StringComparer.Ordinal));
        return [variant];
    }

    /// <summary>oneOf (exactly one variant for a request; at least one for a response) and anyOf (at least one).</summary>
    private void Variants(JsonNode value, SchemaView s, string path, List<string> errors, int depth, List<SchemaView> matched)
    {
        if (s.OneOf is { Count: > 0 } oneOf && !BeingDecided(value, oneOf))
        {
            var one = oneOf.Where(v => Matches(value, v, s, path, depth)).Select(views.Of).ToList();
            if (_response ? one.Count == 0 : one.Count != 1)
            {
                errors.Add($"{path}: matches {one.Count} of the {oneOf.Count} oneOf variants ({(_response ? "at least one" : "exactly one")} expected)");
            }

            matched.AddRange(one.Count > 0 ? one : oneOf.Select(views.Of));
        }

        if (s.AnyOf is { Count: > 0 } anyOf && !BeingDecided(value, anyOf))
        {
            var any = anyOf.Where(v => Matches(value, v, s, path, depth)).Select(views.Of).ToList();
            if (any.Count == 0)
            {
                errors.Add($"{path}: matches none of the anyOf variants");
            }

            matched.AddRange(any.Count > 0 ? any : anyOf.Select(views.Of));
        }
    }

    /// <summary>
    /// Required and declared properties. Names in <c>declared</c> are declared around this schema (by the parent
    /// of a variant, which checks them, or by the oneOf/anyOf variants, which did); <c>openVariant</c>: one of
    /// those variants takes any property.
    /// </summary>
    private void CheckObject(JsonObject obj, SchemaView s, string path, List<string> errors, int depth, HashSet<string> declared, bool openVariant)
    {
        // A response in a pact is the part the consumer reads: required properties may be left out.
        foreach (var required in _response ? [] : s.Required.Where(r => !obj.ContainsKey(r)))
        {
            errors.Add($"{path}: required property '{required}' is missing");
        }

        var open = openVariant || Open(s);
        foreach (var (name, child) in obj)
        {
            if (s.Properties.TryGetValue(name, out var property))
            {
                foreach (var definition in Definitions(s, name, property))
                {
                    Check(child, views.Of(definition), $"{path}.{name}", errors, depth + 1);
                }
            }
            else if (s.AdditionalProperties is { } extra)
            {
                Check(child, views.Of(extra), $"{path}.{name}", errors, depth + 1);
            }
            else if (!open && !declared.Contains(name))
            {
                errors.Add($"{path}.{name}: property not in the spec");
            }
        }
    }

    /// <summary>Every definition of a property across the schema's allOf branches (a value must satisfy each); usually just one.</summary>
    private List<JsonNode> Definitions(SchemaView s, string name, JsonNode merged)
    {
        if (s.Key["allOf"] is not JsonArray)
        {
            return [merged];
        }

        if (!_definitions.TryGetValue((s.Key, name), out var list))
        {
            list = [];
            var seen = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
            Collect(s.Key, name, list, seen);
            if (list.Count == 0)
            {
                list.Add(merged);
            }

            _definitions[(s.Key, name)] = list;
        }

        return list;
    }

    private void Collect(JsonObject schema, string name, List<JsonNode> list, HashSet<JsonObject> seen)
    {
        if (!seen.Add(schema))
        {
            return;
        }

        if (schema["properties"]?[name] is { } definition && !list.Any(d => ReferenceEquals(views.Resolve(d), views.Resolve(definition))))
        {
            list.Add(definition);
        }

        foreach (var part in schema["allOf"] as JsonArray ?? [])
        {
            if (views.Resolve(part) is { } member)
            {
                Collect(member, name, list, seen);
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
            // RFC 3339: the offset (Z or ±hh:mm) is required.
            "date-time" => (text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':')) && !text.Contains(".Z", StringComparison.Ordinal)
                && (text.IndexOf('.') is var dot && (dot < 0 || (dot + 1 < text.Length && char.IsAsciiDigit(text[dot + 1]))))
                && DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            // An addr-spec: one '@' between a non-empty local part and domain, no whitespace.
            "email" => text.IndexOf('@') is var at && at > 0 && at < text.Length - 1 && text.IndexOf('@', at + 1) < 0 && !text.Any(char.IsWhiteSpace),
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
        "integer" => JsonNumbers.TryGetDecimal(value, out var d) ? d == decimal.Truncate(d) : BeyondDecimal(value, integer: true),
        "number" => JsonNumbers.TryGetDecimal(value, out _) || BeyondDecimal(value, integer: false),
        _ => true,
    });

    /// <summary>A JSON number too large for decimal (JSON Schema numbers are unbounded); an integer if written without fraction or exponent.</summary>
    private static bool BeyondDecimal(JsonNode value, bool integer) =>
        value is JsonValue v && v.TryGetValue(out System.Text.Json.JsonElement e) && e.ValueKind == System.Text.Json.JsonValueKind.Number
        && (!integer || !e.GetRawText().AsSpan().ContainsAny(".eE"));

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

    private sealed class TripleComparer : IEqualityComparer<(JsonObject Variant, JsonObject Parent, JsonNode Value)>
    {
        public bool Equals((JsonObject Variant, JsonObject Parent, JsonNode Value) x, (JsonObject Variant, JsonObject Parent, JsonNode Value) y) =>
            ReferenceEquals(x.Variant, y.Variant) && ReferenceEquals(x.Parent, y.Parent) && ReferenceEquals(x.Value, y.Value);

        public int GetHashCode((JsonObject Variant, JsonObject Parent, JsonNode Value) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Variant), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Parent), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Value));
    }
}
