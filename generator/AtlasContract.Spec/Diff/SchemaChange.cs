namespace AtlasContract.Spec.Diff;

/// <summary>
/// A change inside one schema, located relative to that schema's root ("", ".roles", "[*].id").
/// <see cref="Origin"/> is the pointer of the innermost named schema (a <c>$ref</c> target) holding the change and
/// <see cref="OriginPath"/> the path inside it: the change's one location, however many operations reach it.
/// </summary>
internal sealed record SchemaChange(ChangeKind Kind, string RelativePath, string? Before = null, string? After = null, bool Required = false)
{
    public string? Origin { get; init; }

    public string OriginPath { get; init; } = string.Empty;
}
