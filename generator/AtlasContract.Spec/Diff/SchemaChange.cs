namespace AtlasContract.Spec.Diff;

/// <summary>A change inside one schema, located relative to that schema's root ("", ".roles", "[*].id").</summary>
internal sealed record SchemaChange(ChangeKind Kind, string RelativePath, string? Before = null, string? After = null, bool Required = false);
