using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Loading;

/// <summary>
/// Reads a number from a <see cref="JsonValue"/> whatever backs it: parsed JSON (a JsonElement) converts to any
/// numeric type, but a value built from a long (as the YAML reader builds integers) only answers to long.
/// </summary>
public static class JsonNumbers
{
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        if (node is not JsonValue v)
        {
            return false;
        }

        if (v.TryGetValue(out decimal d) || v.TryGetValue(out JsonElement e) && e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out d))
        {
            value = d;
            return true;
        }

        if (v.TryGetValue(out long l))
        {
            value = l;
            return true;
        }

        if (v.TryGetValue(out int i))
        {
            value = i;
            return true;
        }

        if (v.TryGetValue(out double x) && double.IsFinite(x) && Math.Abs(x) < 7.9e28)
        {
            value = (decimal)x;
            return true;
        }

        return false;
    }
}
