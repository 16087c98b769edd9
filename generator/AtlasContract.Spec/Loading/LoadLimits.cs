namespace AtlasContract.Spec.Loading;

/// <summary>Bounds that keep hostile input (alias bombs, runaway nesting, huge files) from hanging the loader.</summary>
public sealed record LoadLimits
{
    public static LoadLimits Default { get; } = new();

    /// <summary>Deepest nesting of mappings and sequences accepted.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Most JSON nodes a document may expand to, aliases included.</summary>
    public long MaxNodes { get; init; } = 5_000_000;

    /// <summary>Largest input accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}
