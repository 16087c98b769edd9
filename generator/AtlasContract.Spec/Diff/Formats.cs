namespace AtlasContract.Spec.Diff;

/// <summary>Which <c>format</c> values restrict the values a schema allows, and which only annotate it.</summary>
internal static class Formats
{
    /// <summary>
    /// Formats defined by JSON Schema and OpenAPI that validators and generated clients enforce. Anything else
    /// (<c>password</c>, a vendor's own) is an annotation: every value valid before is valid after.
    /// </summary>
    private static readonly HashSet<string> Restricting = new(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
        "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid", "json-pointer", "relative-json-pointer",
        "regex", "int32", "int64", "float", "double", "byte", "binary",
    };

    /// <summary>True when the format narrows what is valid; false for none and for annotation-only formats.</summary>
    public static bool Restricts(string? format) => format is not null && Restricting.Contains(format);
}
