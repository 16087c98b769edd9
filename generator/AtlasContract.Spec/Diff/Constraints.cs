using System.Globalization;

namespace AtlasContract.Spec.Diff;

/// <summary>The bounds the engine compares, and which way is stricter for each.</summary>
internal static class Constraints
{
    public static readonly string[] Names = ["maxLength", "maximum", "maxItems", "minLength", "minimum", "minItems", "maxContains", "minContains", "maxProperties", "minProperties"];

    private static readonly string[] Counts = ["maxLength", "maxItems", "minLength", "minItems", "maxContains", "minContains", "maxProperties", "minProperties"];

    public static void Compare(SchemaView b, SchemaView r, List<SchemaChange> changes)
    {
        // contains appearing or going is one change of its own (minContains/maxContains mean nothing without it).
        var containsMoved = b.SubSchemas.ContainsKey("[contains]") != r.SubSchemas.ContainsKey("[contains]");
        foreach (var name in Counts)
        {
            if (containsMoved && name is "minContains" or "maxContains")
            {
                continue;
            }

            var upper = name.StartsWith("max", StringComparison.Ordinal);
            Add(changes, upper, Count(b, name), Count(r, name), name);
        }

        Add(changes, upper: false, Lower(b), Lower(r), "minimum");
        Add(changes, upper: true, Upper(b), Upper(r), "maximum");
    }

    /// <summary>A numeric bound: its value and whether the value itself is excluded.</summary>
    private readonly record struct Bound(decimal Value, bool Exclusive, string Name)
    {
        public override string ToString() => $"{Name} {Value.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A count bound; a zero minimum is no bound, and minContains is 1 wherever contains applies.</summary>
    private static Bound? Count(SchemaView s, string name) =>
        s.Bounds.TryGetValue(name, out var v) ? (v == 0 && name is "minLength" or "minItems" or "minProperties" ? null : new Bound(v, false, name))
        : name == "minContains" && s.SubSchemas.ContainsKey("[contains]") ? new Bound(1, false, name)
        : null;

    /// <summary>The lower bound in either form: 3.1's numeric exclusiveMinimum, else minimum (exclusive under 3.0's flag).</summary>
    private static Bound? Lower(SchemaView s) =>
        s.Bounds.TryGetValue("exclusiveMinimum", out var x) ? new Bound(x, true, "exclusiveMinimum")
        : s.Bounds.TryGetValue("minimum", out var m) ? new Bound(m, s.ExclusiveMinimum, s.ExclusiveMinimum ? "exclusiveMinimum" : "minimum")
        : null;

    private static Bound? Upper(SchemaView s) =>
        s.Bounds.TryGetValue("exclusiveMaximum", out var x) ? new Bound(x, true, "exclusiveMaximum")
        : s.Bounds.TryGetValue("maximum", out var m) ? new Bound(m, s.ExclusiveMaximum, s.ExclusiveMaximum ? "exclusiveMaximum" : "maximum")
        : null;

    private static void Add(List<SchemaChange> changes, bool upper, Bound? before, Bound? after, string name)
    {
        if (Equals(before, after))
        {
            return;
        }

        var kind = (before, after) switch
        {
            (null, _) => ChangeKind.ConstraintSet,
            (_, null) => ChangeKind.ConstraintLoosened,
            ({ } o, { } n) => Tighter(upper, o.Value, n.Value, o.Exclusive, n.Exclusive) ? ChangeKind.ConstraintTightened : ChangeKind.ConstraintLoosened,
        };
        changes.Add(new SchemaChange(kind, string.Empty, before?.ToString() ?? $"no {name}", after?.ToString() ?? $"no {name}"));
    }

    /// <summary>Fewer values pass: the limit moved inwards, or stayed and now excludes itself.</summary>
    private static bool Tighter(bool upper, decimal before, decimal after, bool wasExclusive, bool isExclusive) =>
        before == after ? isExclusive && !wasExclusive : upper ? after < before : after > before;
}
