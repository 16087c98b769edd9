namespace AtlasContract.Spec.Compat;

public enum CompatVerdict
{
    Compatible,
    Added,
    Missing,
    Retyped,
}

/// <summary>A field's type as a consumer reads it: "string" + "date-time", "array", "object".</summary>
public sealed record FieldType(string Type, string? Format)
{
    public override string ToString() => Format is null ? Type : $"{Type}({Format})";
}

/// <summary>One field of either response and what became of it.</summary>
public sealed record CompatRow(string Path, FieldType? Old, FieldType? New, CompatVerdict Verdict, string? Hint)
{
    public bool Breaks => Verdict is CompatVerdict.Missing or CompatVerdict.Retyped;

    public override string ToString() =>
        $"{Verdict.ToString().ToLowerInvariant(),-10} {Path}: {Old?.ToString() ?? "-"} -> {New?.ToString() ?? "-"}{(Hint is null ? string.Empty : "  (" + Hint + ")")}";
}

/// <summary>The compatibility of an old response shape with a new one, field by field.</summary>
public sealed class CompatReport(string old, string @new, IReadOnlyList<CompatRow> rows)
{
    public string Old { get; } = old;

    public string New { get; } = @new;

    /// <summary>Old fields first (in the old document's order), then the fields only the new one has.</summary>
    public IReadOnlyList<CompatRow> Rows { get; } = rows;

    public bool Compatible => !Rows.Any(r => r.Breaks);
}
