using System;
using System.Text.RegularExpressions;

namespace AtlasContract.Client;

/// <summary>Checks of request values against the spec, made before anything is sent.</summary>
public static class ParameterGuard
{
    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> unless <paramref name="value"/> matches.</summary>
    /// <exception cref="ArgumentException">The value does not match the pattern the API declares.</exception>
    public static void RequireMatch(string? value, string pattern, string parameterName)
    {
        if (value is null || !Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            var shown = value is null ? "null" : "'" + (value.Length > 40 ? value.Substring(0, 40) + "…" : value) + "'";
            throw new ArgumentException($"{parameterName} {shown} does not match {pattern}; no request was sent.", parameterName);
        }
    }
}
