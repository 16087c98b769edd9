using System.Text.Json;
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

    public static TransformSettings Read(string path)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        return JsonSerializer.Deserialize<TransformSettings>(File.ReadAllText(path), options)
            ?? throw new InvalidDataException($"{path}: empty transform settings");
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
