using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AtlasContract.Codegen;

/// <summary>What the transform does to one spec fragment (read from generator/codegen/*.transform.json).</summary>
internal sealed record TransformSettings
{
    /// <summary>Query parameters that are transport switches, not part of the typed method.</summary>
    public IReadOnlyList<string> DropParameters { get; init; } = [];

    /// <summary>Component schemas renamed for the generated types (old name → new name); not a wire change.</summary>
    public IReadOnlyDictionary<string, string> RenameSchemas { get; init; } = new Dictionary<string, string>();

    /// <summary>Path parameters renamed for the typed method ("ORG-ID" → "orgId"); the URL on the wire is the same.</summary>
    public IReadOnlyDictionary<string, string> RenamePathParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>String values that Atlas extends over time: generated as a named, hand-written extensible type.</summary>
    public IReadOnlyList<ExtensibleString> ExtensibleStrings { get; init; } = [];

    /// <summary>operationId → what to use instead; the message also names the sunset date found in the spec.</summary>
    public IReadOnlyDictionary<string, string> Replacements { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// operationId → the one response media type the typed method asks for and reads (the fragment may publish
    /// several versions; the others are dropped from the copy NSwag sees).
    /// </summary>
    public IReadOnlyDictionary<string, string> ResponseMediaTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Schemas that are a discriminated <c>oneOf</c> of variants which themselves <c>allOf</c> the schema: the
    /// <c>oneOf</c> is dropped so NJsonSchema generates a base class with its inheritance converter (the
    /// discriminator mapping is kept). Same JSON.
    /// </summary>
    public IReadOnlyList<DiscriminatorBase> DiscriminatorBases { get; init; } = [];

    /// <summary>
    /// Query parameter name → a type declared by <see cref="ExtensibleStrings"/>: the parameter (or its items, for
    /// an array) takes that type instead of a closed, anonymous enum. Same query string.
    /// </summary>
    public IReadOnlyDictionary<string, string> ParameterTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Discriminated unions become inheritance hierarchies without a <see cref="DiscriminatorBases"/> entry
    /// (<see cref="Inheritance"/>). Null or false: only the declared ones.
    /// </summary>
    public bool? Discriminators { get; init; }

    /// <summary>oneOf/anyOf without a discriminator get a holder type with typed accessors (<see cref="AutoTypes"/>).</summary>
    public bool? Unions { get; init; }

    /// <summary>Every string enum is an extensible string type (unknown values kept) instead of a closed C# enum.</summary>
    public bool? ExtensibleEnums { get; init; }

    /// <summary>Parameter and schema names that are not .NET names (<c>Use-Effective-Instance-Fields</c>) get .NET ones; same wire names.</summary>
    public bool? DotnetNames { get; init; }

    /// <summary>Each request body and response uses the newest Atlas version it offers (others are dropped from the copy).</summary>
    public bool? NewestMediaTypes { get; init; }

    /// <summary>Reads one settings file.</summary>
    public static TransformSettings Read(string path) => Read([path]);

    /// <summary>
    /// Reads settings files layered in order (the shared defaults first, then a contract's own): a later file's
    /// flags and map entries win, lists are joined.
    /// </summary>
    public static TransformSettings Read(IReadOnlyList<string> paths)
    {
        var merged = new JsonObject();
        foreach (var path in paths)
        {
            var layer = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                ?? throw new InvalidDataException($"{path}: transform settings must be a JSON object");
            Layer(merged, layer);
        }

        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        try
        {
            return merged.Deserialize<TransformSettings>(options) ?? throw new InvalidDataException($"{paths[^1]}: empty transform settings");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{string.Join(" + ", paths)}: {ex.Message}", ex);
        }
    }

    private static void Layer(JsonObject target, JsonObject layer)
    {
        foreach (var (key, value) in layer)
        {
            target[key] = (target[key], value) switch
            {
                (JsonArray before, JsonArray after) => new JsonArray(before.Concat(after).Select(n => n?.DeepClone()).DistinctBy(n => n?.ToJsonString()).ToArray()),
                (JsonObject before, JsonObject after) when before.DeepClone() is JsonObject copy => Merge(copy, after),
                _ => value?.DeepClone(),
            };
        }

        static JsonObject Merge(JsonObject copy, JsonObject after)
        {
            foreach (var (key, value) in after)
            {
                copy[key] = value?.DeepClone();
            }

            return copy;
        }
    }
}

/// <summary>A string property (or the items of a string array property) of a component schema.</summary>
internal sealed record ExtensibleString(string Schema, string Property, string TypeName);

/// <summary>
/// A discriminated base schema. NJsonSchema needs one discriminator value per generated type, so each of
/// <see cref="Subtypes"/> (value → new type name) becomes a named schema that only extends the type the value
/// mapped to (e.g. INVITATION_EXPIRED → a subclass of the pending user).
/// </summary>
internal sealed record DiscriminatorBase(string Schema, IReadOnlyDictionary<string, string>? Subtypes = null);
