namespace AtlasContract.Spec.Compat;

public enum CompatVerdict
{
    Compatible,
    Added,
    Missing,
    Retyped,

    /// <summary>Declared renamed, and the new name exists with a compatible type.</summary>
    Renamed,

    /// <summary>Declared moved into another object or list, and found there with a compatible type.</summary>
    Regrouped,

    /// <summary>Declared: same type, another meaning (the hint says which).</summary>
    MeaningChanged,

    /// <summary>Declared missing: not carried over (the hint says how a consumer copes); not a break.</summary>
    Dropped,
}

/// <summary>A field's type as a consumer reads it: "string" + "date-time", "array", "object".</summary>
public sealed record FieldType(string Type, string? Format)
{
    public override string ToString() => Format is null ? Type : $"{Type}({Format})";
}

/// <summary>One field of either response and what became of it.</summary>
/// <remarks><c>NewPath</c>: where the field lives in the new response when a declared mapping moved it (null: same path).</remarks>
public sealed record CompatRow(string Path, FieldType? Old, FieldType? New, CompatVerdict Verdict, string? Hint, string? NewPath = null)
{
    public bool Breaks => Verdict is CompatVerdict.Missing or CompatVerdict.Retyped;

    /// <summary>The verdict as reports spell it (<c>meaning-changed</c>).</summary>
    public string VerdictName => Verdict == CompatVerdict.MeaningChanged ? "meaning-changed" : Verdict.ToString().ToLowerInvariant();

    public override string ToString() =>
        $"{VerdictName,-10} {Path}: {Old?.ToString() ?? "-"} -> {New?.ToString() ?? "-"}{(NewPath is null ? string.Empty : " at " + NewPath)}{(Hint is null ? string.Empty : "  (" + Hint + ")")}";
}

/// <summary>The compatibility of an old response shape with a new one, field by field.</summary>
public sealed class CompatReport(string old, string @new, IReadOnlyList<CompatRow> rows)
{
    public string Old { get; } = old;

    public string New { get; } = @new;

    /// <summary>Old fields first (in the old document's order), then the fields only the new one has.</summary>
    public IReadOnlyList<CompatRow> Rows { get; } = rows;

    public bool Compatible => !Rows.Any(r => r.Breaks);

    /// <summary>When a side has no body: what was compared instead (status, path parameters); null for a body-to-body pair.</summary>
    public string? Compared { get; init; }
}
