using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// What the XML docs of a generated property say that NJsonSchema's template model does not expose: a schema's
/// <c>readOnly</c>/<c>writeOnly</c> are copied to <c>x-atlas-read-only</c>/<c>x-atlas-write-only</c>, which the
/// property model carries in its extension data (<c>Templates/Class.liquid</c> reads them). The wire is unchanged.
/// </summary>
internal static class DocHints
{
    public static void Mark(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (keyword, hint) in new[] { ("readOnly", "x-atlas-read-only"), ("writeOnly", "x-atlas-write-only") })
                {
                    if (obj[keyword] is JsonValue v && v.TryGetValue<bool>(out var set) && set)
                    {
                        obj[hint] = true;
                    }
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Mark(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Mark(child);
                }

                break;
        }
    }
}
