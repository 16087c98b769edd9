namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Media types as HTTP compares them: case-insensitive, parameters aside (<c>; charset=utf-8</c>, on the pact's
/// value or on the spec's key), wildcards on either side (<c>application/*</c>, <c>*/*</c>). A vendor version is part
/// of the subtype: <c>application/vnd.atlas.2024-11-13+json</c> is not <c>…2023-01-01+json</c> (see the README's table).
/// </summary>
internal static class MediaTypes
{
    /// <summary>"Application/JSON; charset=utf-8" → "application/json".</summary>
    public static string Essence(string header)
    {
        var semi = header.IndexOf(';');
        return (semi < 0 ? header : header[..semi]).Trim().ToLowerInvariant();
    }

    /// <summary>The spec's key that <paramref name="sent"/> names: exact first, then a wildcard key; null when none.</summary>
    public static string? Find(string sent, IEnumerable<string> keys)
    {
        var essence = Essence(sent);
        string? wildcard = null;
        foreach (var key in keys)
        {
            var offered = Essence(key);
            if (offered == essence)
            {
                return key;
            }

            if (wildcard is null && (Covers(offered, essence) || Covers(essence, offered)))
            {
                wildcard = key;
            }
        }

        return wildcard;
    }

    /// <summary>Whether a range (<c>*/*</c>, <c>application/*</c>) admits a concrete type.</summary>
    private static bool Covers(string range, string type)
    {
        if (range == "*/*")
        {
            return true;
        }

        return range.EndsWith("/*", StringComparison.Ordinal) && type.StartsWith(range[..^1], StringComparison.Ordinal);
    }

    /// <summary>JSON and <c>+json</c> media types: the ones this check validates against a schema.</summary>
    public static bool IsJson(string type)
    {
        var essence = Essence(type);
        return essence is "application/json" or "*/*" or "application/*" || essence.EndsWith("+json", StringComparison.Ordinal) || essence.EndsWith("/json", StringComparison.Ordinal);
    }

    /// <summary>text/plain: a string body validated against a string schema.</summary>
    public static bool IsText(string type) => Essence(type) == "text/plain";
}
