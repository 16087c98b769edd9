using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// What a pact matcher lets a provider send instead of its example, as a predicate, and the values worth trying:
/// the example, simple mutations of it (each character replaced, deleted or doubled, characters inserted, the
/// empty string, long repeats) and edge numbers. A value is a witness only when the matchers accept it, so
/// everything reported is a real value the pact allows; what the sampling misses is not reported (the check is
/// sound, not complete). The work is bounded: at most <see cref="MaxMutated"/> positions of an example, spread
/// over it, are mutated, and examples longer than <see cref="MaxExample"/> characters are not mutated.
/// </summary>
internal static class MatcherValues
{
    public const int MaxMutated = 64;

    public const int MaxExample = 4096;

    private const string Alphabet = "aZ09_-.@+/: \t\n'\"\\é中!#%,;()[]{}x";

    private static readonly string[] DateTimeTypes = ["datetime", "timestamp", "date", "time"];

    /// <summary>The predicate of one matcher on values of the example's JSON kind, or why this check cannot judge it.</summary>
    public static Func<JsonNode?, bool>? Admits(JsonObject matcher, JsonNode? example, out string? unsupported)
    {
        unsupported = null;
        var type = matcher["match"]?.ToString();
        switch (type)
        {
            case "type":
                return v => SameKind(v, example);
            case "equality":
                return v => JsonNode.DeepEquals(v, example);
            case "null":
                return v => v is null;
            case "boolean":
                return v => v is JsonValue b && b.TryGetValue<bool>(out _);
            case "integer":
                return v => JsonNumbers.TryGetDecimal(v, out var d) && d == decimal.Truncate(d);
            case "decimal":
                return v => JsonNumbers.TryGetDecimal(v, out var d) && d != decimal.Truncate(d);
            case "number":
                return v => JsonNumbers.TryGetDecimal(v, out _);
            case "notEmpty":
                return v => SameKind(v, example) && v switch { JsonArray a => a.Count > 0, JsonObject o => o.Count > 0, _ => Text(v) is not "" };
            case "include":
                var part = matcher["value"]?.ToString() ?? string.Empty;
                return v => Text(v) is { } s && s.Contains(part, StringComparison.Ordinal);
            case "regex":
            case "semver":
                var pattern = type == "semver" ? @"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$" : matcher["regex"]?.ToString();
                if (Compile(pattern, out unsupported) is not { } regex)
                {
                    return null;
                }

                return v => Text(v) is { } s && IsMatch(regex, s);
            case var t when DateTimeTypes.Contains(t):
                var format = matcher["format"]?.ToString() ?? matcher[t!]?.ToString();
                if (format is null || FormatPattern(format) is not { } shape || Compile(shape, out _) is not { } formatRegex)
                {
                    unsupported = $"the {t} matcher's format '{format}' is outside the subset this check reads (y M d H h m s S X Z and quoted literals)";
                    return null;
                }

                // The shape, and a real calendar value (the core parses the value with the format).
                return v => Text(v) is { } s && IsMatch(formatRegex, s) && (t == "time" || DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));
            default:
                unsupported = $"the '{type}' matcher is not one this check can compare with the spec";
                return null;
        }
    }

    /// <summary>Values to try against the matchers, derived from the example.</summary>
    public static IEnumerable<JsonNode?> Candidates(JsonNode? example)
    {
        yield return example?.DeepClone();
        switch (example)
        {
            case JsonValue v when v.TryGetValue<string>(out var s):
                foreach (var text in Mutations(s))
                {
                    yield return JsonValue.Create(text);
                }

                break;
            case JsonValue v when v.TryGetValue<bool>(out _):
                yield return JsonValue.Create(true);
                yield return JsonValue.Create(false);
                break;
            case JsonValue when JsonNumbers.TryGetDecimal(example, out var d):
                foreach (var n in new[] { 0m, 1m, -1m, d + 1, d - 1, -d, 0.5m, -0.5m, d + 0.5m, 2147483648m, -2147483649m, 9007199254740993m, 1e18m, -1e18m })
                {
                    yield return JsonValue.Create(n);
                }

                break;
        }
    }

    private static IEnumerable<string> Mutations(string example)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { example };
        var s = example;
        var positions = s.Length <= MaxMutated ? Enumerable.Range(0, s.Length) : Enumerable.Range(0, MaxMutated).Select(k => k * s.Length / MaxMutated);
        IEnumerable<string> All()
        {
            if (s.Length > MaxExample)
            {
                yield break;
            }

            yield return string.Empty;
            yield return s;
            foreach (var c in Alphabet)
            {
                yield return c + s;
                yield return s + c;
                yield return c.ToString();
            }

            yield return s.ToUpperInvariant();
            yield return s.ToLowerInvariant();
            foreach (var i in positions)
            {
                yield return s.Remove(i, 1);
                yield return s.Insert(i, s[i].ToString());
                foreach (var c in Alphabet)
                {
                    yield return s[..i] + c + s[(i + 1)..];
                    yield return s.Insert(i, c.ToString());
                }
            }

            foreach (var length in new[] { 65, 129, 257, 1025 })
            {
                yield return Repeat(s.Length == 0 ? "a" : s, length);
                yield return s.Length == 0 ? new string('a', length) : s + new string(s[^1], Math.Max(0, length - s.Length));
            }
        }

        foreach (var text in All())
        {
            if (seen.Add(text))
            {
                yield return text;
            }
        }
    }

    private static string Repeat(string s, int length)
    {
        var b = new StringBuilder(length);
        while (b.Length < length)
        {
            b.Append(s);
        }

        return b.ToString(0, length);
    }

    /// <summary>A date format of the core (Java-style letters) as a regex over its shape; null for letters outside the subset.</summary>
    internal static string? FormatPattern(string format)
    {
        var b = new StringBuilder("^");
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            var run = 1;
            while (i + run < format.Length && format[i + run] == c)
            {
                run++;
            }

            if (c == '\'')
            {
                var end = format.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    return null;
                }

                b.Append(end == i + 1 ? "'" : Regex.Escape(format[(i + 1)..end]));
                i = end + 1;
                continue;
            }

            var piece = c switch
            {
                'y' => run == 2 ? @"\d{2}" : @"\d{4}",
                'M' or 'd' or 'H' or 'h' or 'm' or 's' when run <= 2 => @"\d{1,2}",
                'S' => $@"\d{{{run}}}",
                'X' => run == 1 ? @"(Z|[+-]\d{2}(\d{2})?)" : run == 2 ? @"(Z|[+-]\d{4})" : @"(Z|[+-]\d{2}:\d{2})",
                'Z' => @"[+-]\d{4}",
                _ when char.IsAsciiLetter(c) => null,
                _ => Regex.Escape(new string(c, run)),
            };
            if (piece is null)
            {
                return null;
            }

            b.Append(c is 'M' or 'd' or 'H' or 'h' or 'm' or 's' && run == 2 ? @"\d{2}" : piece);
            i += run;
        }

        return b.Append('$').ToString();
    }

    private static Regex? Compile(string? pattern, out string? unsupported)
    {
        unsupported = null;
        if (string.IsNullOrEmpty(pattern))
        {
            unsupported = "the regex matcher has no regex";
            return null;
        }

        try
        {
            // The core's regex engine never backtracks (no backreferences or lookarounds): neither does this one,
            // so matching is linear in the value and a hostile pattern cannot stall the gate.
            return new Regex(EndOfText(pattern), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(200));
        }
        catch (NotSupportedException ex)
        {
            unsupported = $"the regex {pattern} uses what the core's regex engine does not have ({ex.Message})";
            return null;
        }
        catch (ArgumentException ex)
        {
            unsupported = $"the regex {pattern} is not valid: {ex.Message}";
            return null;
        }
    }

    /// <summary>The core's (Rust) <c>$</c> ends the text; .NET's also matches before a final newline: <c>\z</c> is Rust's <c>$</c>.</summary>
    internal static string EndOfText(string pattern)
    {
        var b = new StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                b.Append(c).Append(pattern[++i]);
                continue;
            }

            inClass = c switch { '[' => true, ']' => false, _ => inClass };
            b.Append(c == '$' && !inClass ? @"\z" : c.ToString());
        }

        return b.ToString();
    }

    /// <summary>Unanchored, as the core's <c>Regex::is_match</c>; a regex that runs away accepts nothing rather than hang the gate.</summary>
    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Text(JsonNode? v) => v is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static bool SameKind(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject, JsonObject) or (JsonArray, JsonArray) => true,
        (JsonValue x, JsonValue y) => x.GetValueKind() == y.GetValueKind() || (IsBool(x) && IsBool(y)),
        _ => false,
    };

    private static bool IsBool(JsonValue v) => v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;
}
