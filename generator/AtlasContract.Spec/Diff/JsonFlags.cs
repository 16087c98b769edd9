using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Diff;

/// <summary>OpenAPI's boolean keywords (required, deprecated, nullable, readOnly, …): absent or not a boolean is false.</summary>
internal static class JsonFlags
{
    public static bool IsTrue(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>A parameter or header deprecated by itself or by its schema (the same notice, reported once).</summary>
    public static bool IsDeprecated(JsonObject? owner, SchemaView.Factory views) =>
        IsTrue(owner?["deprecated"]) || views.Of(owner?["schema"]).Deprecated;
}
