#nullable enable
using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace AtlasContract.Client;

/// <summary>
/// Checks of request values against the spec, made before anything is sent. Called by generated clients, also those
/// generated outside this assembly (the whole-API job compiles every Atlas operation against this package).
/// </summary>
public static class ParameterGuard
{
    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> unless <paramref name="value"/> matches.</summary>
    /// <exception cref="ArgumentException">The value does not match the pattern the API declares.</exception>
    public static void RequireMatch(string? value, string pattern, string parameterName)
    {
        if (value is null || !MatchesWhole(value, pattern))
        {
            var shown = value is null ? "null" : "'" + (value.Length > 40 ? value.Substring(0, 40) + "…" : value) + "'";
            throw new ArgumentException($"{parameterName} {shown} does not match {pattern}; no request was sent.", parameterName);
        }
    }

    /// <summary>
    /// JSON Schema patterns are ECMA-262: <c>$</c> ends the input. In .NET <c>$</c> also matches before a final
    /// newline, so "…e7b8\n" would pass <c>^([a-f0-9]{24})$</c>; a match must cover the whole value.
    /// </summary>
    internal static bool MatchesWhole(string value, string pattern) =>
        Regex.Matches(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Cast<Match>().Any(m => m.Success && (!pattern.StartsWith("^", StringComparison.Ordinal) || m.Index == 0) && (!pattern.EndsWith("$", StringComparison.Ordinal) || m.Index + m.Length == value.Length));
}
