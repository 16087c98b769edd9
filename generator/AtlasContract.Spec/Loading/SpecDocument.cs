using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Loading;

/// <summary>An OpenAPI document as loaded: its source label and its JSON tree.</summary>
public sealed class SpecDocument(string source, JsonObject root)
{
    public string Source { get; } = source;

    public JsonObject Root { get; } = root;

    /// <summary>Where the document has a <c>$ref</c> to another file or a URL (JSON pointer and target): never followed.</summary>
    public IReadOnlyList<ExternalReference> ExternalReferences { get; init; } = [];

    /// <summary>"3.0.1", "3.1.0", …, or empty when the document names none.</summary>
    public string OpenApiVersion => Root["openapi"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    public JsonObject Paths => Root["paths"] as JsonObject ?? [];

    public JsonObject? Component(string kind, string name) => Root["components"]?[kind]?[name] as JsonObject;
}

/// <summary>A <c>$ref</c> at <paramref name="Pointer"/> to another file or a URL (<paramref name="Target"/>).</summary>
public sealed record ExternalReference(string Pointer, string Target);
