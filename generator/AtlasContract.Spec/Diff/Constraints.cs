using System.Globalization;

namespace AtlasContract.Spec.Diff;

/// <summary>The numeric bounds the engine compares, and which way is stricter for each.</summary>
internal static class Constraints
{
    public static readonly string[] Names = ["maxLength", "maximum", "maxItems", "minLength", "minimum", "minItems"];

    public static void Compare(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        foreach (var name in Names)
        {
            var upper = name.StartsWith("max", System.StringComparison.Ordinal);
            decimal? before = b.Bounds.TryGetValue(name, out var x) && !Trivial(name, x) ? x : null;
            decimal? after = r.Bounds.TryGetValue(name, out var y) && !Trivial(name, y) ? y : null;
            if (before == after)
            {
                continue;
            }

            var kind = (before, after) switch
            {
                (null, _) => ChangeKind.ConstraintSet,
                (_, null) => ChangeKind.ConstraintLoosened,
                var (o, n) => (upper ? n < o : n > o) ? ChangeKind.ConstraintTightened : ChangeKind.ConstraintLoosened,
            };
            changes.Add(new SchemaChange(kind, string.Empty, Text(name, before), Text(name, after)));
        }
    }

    /// <summary>minLength 0 and minItems 0 constrain nothing.</summary>
    private static bool Trivial(string name, decimal value) => value == 0 && name is "minLength" or "minItems";

    private static string Text(string name, decimal? value) => value is { } v ? $"{name} {v.ToString(CultureInfo.InvariantCulture)}" : $"no {name}";
}
