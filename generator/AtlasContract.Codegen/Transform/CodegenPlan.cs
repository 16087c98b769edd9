using System.Text.Json;

namespace AtlasContract.Codegen;

/// <summary>
/// What the transform decided beyond the spec NSwag sees: the types it emits itself next to NSwag's output
/// (extensible strings, union accessors, discriminator properties) and the type names NSwag must skip.
/// Written beside the transformed spec and read back when the output is finished.
/// </summary>
internal sealed class CodegenPlan
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The generated client class (from the effective NSwag settings).</summary>
    public string ClassName { get; set; } = string.Empty;

    /// <summary>The namespace NSwag generates into (from the effective NSwag settings).</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>String enums turned into extensible string types (unknown values kept).</summary>
    public List<ExtensibleType> ExtensibleTypes { get; init; } = [];

    /// <summary>oneOf/anyOf of objects without a usable discriminator: a JSON holder with an accessor per variant.</summary>
    public List<UnionType> Unions { get; init; } = [];

    /// <summary>Inheritance bases made from a discriminated oneOf: their discriminator property is declared by us.</summary>
    public List<DiscriminatorProperty> Discriminators { get; init; } = [];

    /// <summary>Type names NSwag must not generate (we emit them).</summary>
    public IEnumerable<string> ExcludedTypeNames => ExtensibleTypes.Select(t => t.Name);

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options));

    public static CodegenPlan Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<CodegenPlan>(File.ReadAllText(path), Options) ?? new CodegenPlan() : new CodegenPlan();
}

/// <summary>An extensible string type: its known values in spec order.</summary>
internal sealed record ExtensibleType(string Name, IReadOnlyList<string> Values, string? Description);

/// <summary>A union: the generated holder type and the types of its variants.</summary>
internal sealed record UnionType(string Name, IReadOnlyList<string> Variants);

/// <summary>The discriminator property of an inheritance base: JSON name and C# type.</summary>
internal sealed record DiscriminatorProperty(string Base, string JsonName, string TypeName);
