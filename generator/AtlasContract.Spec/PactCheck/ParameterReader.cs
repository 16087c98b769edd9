using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Undoes a parameter's serialization (OpenAPI <c>style</c> and <c>explode</c>) into the JSON value its schema
/// describes: path <c>simple</c>/<c>label</c>/<c>matrix</c>, query <c>form</c>/<c>spaceDelimited</c>/<c>pipeDelimited</c>
/// (repeated or comma-separated arrays), header <c>simple</c>; arrays, exploded and flat objects, and primitives typed by
/// the schema (<c>"10"</c> is the integer 10 for an integer parameter). <c>deepObject</c> and exploded <c>form</c>
/// objects are assembled by the query check from their several keys (<see cref="Object"/>).
/// </summary>
internal sealed partial class ParameterReader(SchemaView.Factory views)
{
    public static string Style(JsonObject parameter) => parameter["style"]?.ToString() ?? (parameter["in"]?.ToString() switch
    {
        "query" or "cookie" => "form",
        _ => "simple",
    });

    public static bool Explode(JsonObject parameter) =>
        parameter["explode"] is JsonValue e && e.TryGetValue<bool>(out var on) ? on : Style(parameter) == "form";

    /// <summary>The value of a parameter sent as <paramref name="values"/> (one per occurrence).</summary>
    public JsonNode? Read(JsonObject parameter, IReadOnlyList<string> values) =>
        Read(parameter["schema"], Style(parameter), Explode(parameter), parameter["name"]?.ToString() ?? string.Empty, values);

    /// <summary>A response header's value (style simple).</summary>
    public JsonNode? Header(JsonObject header, string value) =>
        Read(header["schema"], "simple", header["explode"] is JsonValue e && e.TryGetValue<bool>(out var on) && on, string.Empty, [value]);

    private JsonNode? Read(JsonNode? schema, string style, bool explode, string name, IReadOnlyList<string> values)
    {
        var view = views.Of(schema);
        var raw = values.Count == 0 ? string.Empty : values[0];
        if (style is "label" && raw.StartsWith('.'))
        {
            raw = raw[1..];
        }
        else if (style is "matrix" && raw.StartsWith(';'))
        {
            raw = raw[1..];
            if (!(explode && view.Type is "array" or "object") && raw.StartsWith(name + "=", StringComparison.Ordinal))
            {
                raw = raw[(name.Length + 1)..];
            }
        }

        var separator = style switch
        {
            "label" when explode => '.',
            "matrix" when explode => ';',
            "spaceDelimited" => ' ',
            "pipeDelimited" => '|',
            _ => ',',
        };
        switch (view.Type)
        {
            case "array":
                var items = style == "form" && explode ? values
                    : style == "form" && values.Count > 1 ? values.SelectMany(v => v.Split(',')).ToList()
                    : raw.Split(separator).Select(p => style == "matrix" && explode && p.StartsWith(name + "=", StringComparison.Ordinal) ? p[(name.Length + 1)..] : p).ToList();
                return new JsonArray(items.Select(v => Scalar(v, view.Items)).ToArray());
            case "object":
                var obj = new JsonObject();
                if (explode)
                {
                    foreach (var pair in raw.Split(separator, StringSplitOptions.RemoveEmptyEntries))
                    {
                        var eq = pair.IndexOf('=');
                        var key = eq < 0 ? pair : pair[..eq];
                        obj[key] = Scalar(eq < 0 ? string.Empty : pair[(eq + 1)..], Property(view, key));
                    }
                }
                else
                {
                    var parts = raw.Split(separator);
                    for (var i = 0; i + 1 < parts.Length; i += 2)
                    {
                        obj[parts[i]] = Scalar(parts[i + 1], Property(view, parts[i]));
                    }
                }

                return obj;
            default:
                return Scalar(raw, schema);
        }
    }

    /// <summary>An object parameter sent as several keys (deepObject <c>filter[name]=x</c>, exploded form <c>name=x</c>).</summary>
    public JsonObject Object(JsonNode? schema, IEnumerable<(string Property, IReadOnlyList<string> Values)> keys)
    {
        var view = views.Of(schema);
        var obj = new JsonObject();
        foreach (var (property, values) in keys)
        {
            var member = Property(view, property);
            obj[property] = views.Of(member).Type == "array"
                ? new JsonArray(values.Select(v => Scalar(v, views.Of(member).Items)).ToArray())
                : Scalar(values.Count == 0 ? string.Empty : values[0], member);
        }

        return obj;
    }

    private static JsonNode? Property(SchemaView view, string name) => view.Properties.GetValueOrDefault(name) ?? view.AdditionalProperties;

    /// <summary>A text value as the JSON its schema expects: a boolean or number when the schema's type says so and the text is one.</summary>
    public JsonNode? Scalar(string value, JsonNode? schema)
    {
        var view = views.Of(schema);
        var types = view.Type?.Split('|') ?? Variants(view);
        if (types.Contains("boolean") && bool.TryParse(value, out var b) && value is "true" or "false")
        {
            return JsonValue.Create(b);
        }

        if ((types.Contains("number") && JsonNumber().IsMatch(value)) || (types.Contains("integer") && IntegerText().IsMatch(value)))
        {
            return JsonNode.Parse(LeadingZeros().Replace(value, "$1"));
        }

        return JsonValue.Create(value);
    }

    /// <summary>The types a oneOf/anyOf of primitives may take, when the schema has no type of its own.</summary>
    private string[] Variants(SchemaView view) =>
        (view.OneOf ?? []).Concat(view.AnyOf ?? []).Select(v => views.Of(v).Type).OfType<string>().SelectMany(t => t.Split('|')).ToArray();

    /// <summary>A number as a header, path or query value writes it (leading zeros allowed: "010" is 10).</summary>
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?\z")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"^-?[0-9]+\z")]
    private static partial Regex IntegerText();

    [GeneratedRegex("^(-?)0+(?=[0-9])")]
    private static partial Regex LeadingZeros();
}
