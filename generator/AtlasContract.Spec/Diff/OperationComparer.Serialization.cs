using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Diff;

/// <summary>How parameter values go on the wire: OpenAPI's style and explode, defaults applied.</summary>
internal sealed partial class OperationComparer
{
    /// <summary>
    /// How the parameter's values go on the wire (OpenAPI's style and explode, defaults applied), compared as what a
    /// value looks like: a scalar only differs under label and matrix, an array not at all with explode under simple,
    /// a deepObject never with explode. A parameter described by <c>content</c> has neither.
    /// </summary>
    private void CompareSerialization(JsonObject bp, JsonObject rp, Op r, string path, string pointer)
    {
        if (bp.ContainsKey("content") || rp.ContainsKey("content"))
        {
            return;
        }

        var shape = _revisionViews.Of(rp["schema"]).Type switch
        {
            { } t when t.Contains("object", StringComparison.Ordinal) => "object",
            { } t when t.Contains("array", StringComparison.Ordinal) => "array",
            _ => "scalar",
        };
        var (styleBefore, explodeBefore) = Serialization(bp);
        var (styleAfter, explodeAfter) = Serialization(rp);
        if (Wire(styleBefore, explodeBefore, shape) == Wire(styleAfter, explodeAfter, shape))
        {
            return;
        }

        if (styleBefore != styleAfter)
        {
            Add(ChangeKind.ParameterStyleChanged, Area.Parameter, r, path, pointer, styleBefore, styleAfter);
        }
        else
        {
            Add(ChangeKind.ParameterExplodeChanged, Area.Parameter, r, path, pointer, explodeBefore ? "explode true" : "explode false", explodeAfter ? "explode true" : "explode false");
        }
    }

    private static (string Style, bool Explode) Serialization(JsonObject parameter)
    {
        var style = parameter["style"] is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : parameter["in"]?.ToString() is "query" or "cookie" ? "form" : "simple";
        var explode = parameter["explode"] is JsonValue e && e.TryGetValue<bool>(out var on) ? on : style == "form";
        return (style, explode);
    }

    /// <summary>What a value of this shape looks like on the wire under this style and explode (OpenAPI 3's style table).</summary>
    private static string Wire(string style, bool explode, string shape) => (shape, style) switch
    {
        ("scalar", "label" or "matrix") => style,
        ("scalar", _) => "plain",
        (_, "deepObject") => "deepObject",
        ("array", "simple") => "a,b",
        ("array", "form") => explode ? "n=a&n=b" : "a,b",
        ("array", "spaceDelimited" or "pipeDelimited") => explode ? "n=a&n=b" : style,
        ("object", "simple") => explode ? "k=v,k=v" : "k,v,k,v",
        ("object", "form") => explode ? "k=v&k=v" : "k,v,k,v",
        ("object", "spaceDelimited" or "pipeDelimited") => explode ? "k=v&k=v" : style,
        _ => $"{style} {explode}",
    };
}
