using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>minLength/maxLength (in code points), minimum/maximum, minItems/maxItems of one value.</summary>
internal static class SchemaBounds
{
    public static IEnumerable<string> Errors(JsonNode value, SchemaView s, string path)
    {
        if (s.Bounds.Count == 0)
        {
            return [];
        }

        var (measure, what) = value switch
        {
            JsonValue v when v.TryGetValue<string>(out var text) => ((decimal?)text.EnumerateRunes().Count(), "Length"),
            JsonArray array => (array.Count, "Items"),
            _ when JsonNumbers.TryGetDecimal(value, out var number) => (number, "imum"),
            _ => (null, string.Empty),
        };
        if (measure is not { } m)
        {
            return [];
        }

        var errors = new List<string>();
        if (s.Bounds.TryGetValue("min" + what, out var min) && m < min)
        {
            errors.Add($"{path}: {Show(value, what, m)} is below min{what} {Text(min)}");
        }

        if (s.Bounds.TryGetValue("max" + what, out var max) && m > max)
        {
            errors.Add($"{path}: {Show(value, what, m)} is above max{what} {Text(max)}");
        }

        return errors;
    }

    private static string Show(JsonNode value, string what, decimal measure) => what switch
    {
        "Length" => $"{value.ToJsonString()} has {Text(measure)} characters, which",
        "Items" => $"the array has {Text(measure)} items, which",
        _ => value.ToJsonString(),
    };

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
