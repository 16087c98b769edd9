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

    public static TransformSettings Read(string path)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        return JsonSerializer.Deserialize<TransformSettings>(File.ReadAllText(path), options)
            ?? throw new InvalidDataException($"{path}: empty transform settings");
    }
}

/// <summary>A string property (or the items of a string array property) of a component schema.</summary>
internal sealed record ExtensibleString(string Schema, string Property, string TypeName);
