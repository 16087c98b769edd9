using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Diff;

internal sealed partial class SchemaComparer
{
    private readonly Dictionary<(JsonObject, JsonObject), bool> _same = new(SamePairComparer.Instance);
    private readonly HashSet<(JsonObject, JsonObject)> _sameActive = new(SamePairComparer.Instance);
    private int _assumed;

    /// <summary>
    /// True when the two schemas are the same JSON (keys in any order) and every reference in them reaches the same
    /// JSON again: the comparison could report nothing, so it is skipped. Between two revisions of one API most
    /// schemas are unchanged; telling so by walking the JSON allocates nothing, where comparing builds a view of
    /// every schema (on the 4 MB Atlas pair most of the diff's time and memory). A schema's view is made from its
    /// own JSON and what its references reach, never from where it sits, so equal JSON means equal views.
    /// </summary>
    internal bool Same(JsonObject b, JsonObject r)
    {
        if (ReferenceEquals(b, r))
        {
            return true;
        }

        var pair = (b, r);
        if (_same.TryGetValue(pair, out var known))
        {
            return known;
        }

        if (!_sameActive.Add(pair))
        {
            // Met again through a cycle of references: assume so (what holds around a cycle holds), but a result
            // that rests on the assumption is only kept once the pair that started the cycle is settled.
            _assumed++;
            return true;
        }

        var assumedBefore = _assumed;
        bool same;
        try
        {
            same = Equal(b, r);
        }
        finally
        {
            _sameActive.Remove(pair);
        }

        // False is always sound; true only when no open assumption was used, or when this pair closes them all.
        if (!same || _assumed == assumedBefore || _sameActive.Count == 0)
        {
            _same[pair] = same;
        }

        return same;
    }

    /// <summary>Whether two nodes (any JSON, references followed as in <see cref="Same"/>) are the same.</summary>
    internal bool SameNodes(JsonNode? b, JsonNode? r) => Equal(b, r);

    private bool Equal(JsonNode? b, JsonNode? r)
    {
        switch (b)
        {
            case null:
                return r is null;
            case JsonObject bo:
                return r is JsonObject ro && EqualObjects(bo, ro);
            case JsonArray ba:
                if (r is not JsonArray ra || ba.Count != ra.Count)
                {
                    return false;
                }

                for (var i = 0; i < ba.Count; i++)
                {
                    if (!Equal(ba[i], ra[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return r is JsonValue rv && EqualValues((JsonValue)b, rv);
        }
    }

    private bool EqualObjects(JsonObject b, JsonObject r)
    {
        if (b.Count != r.Count)
        {
            return false;
        }

        foreach (var (name, value) in b)
        {
            if (!r.TryGetPropertyValue(name, out var other) || !Equal(value, other))
            {
                return false;
            }
        }

        // The same reference text may reach different schemas: what it reaches must be the same too.
        if (b.ContainsKey("$ref") && !SameTargets(baseViews.Resolve(b), revisionViews.Resolve(r)))
        {
            return false;
        }

        // A discriminator's mapping names schemas (by pointer or by name) outside this one.
        if (b["discriminator"] is JsonObject { } discriminator && discriminator["mapping"] is JsonObject mapping)
        {
            foreach (var (_, target) in mapping)
            {
                if (target is JsonValue v && v.TryGetValue<string>(out var name))
                {
                    var pointer = name.StartsWith('#') ? name : "#/components/schemas/" + name;
                    if (!SameTargets(baseViews.Resolve(baseViews.Target(pointer)), revisionViews.Resolve(revisionViews.Target(pointer))))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private bool SameTargets(JsonObject? b, JsonObject? r) => b is null || r is null ? b is null && r is null : Same(b, r);

    private static bool EqualValues(JsonValue b, JsonValue r)
    {
        if (b.TryGetValue<string>(out var bs))
        {
            return r.TryGetValue<string>(out var rs) && string.Equals(bs, rs, StringComparison.Ordinal);
        }

        return b.GetValueKind() == r.GetValueKind() && b.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
            _ => JsonNode.DeepEquals(b, r),
        };
    }

    private sealed class SamePairComparer : IEqualityComparer<(JsonObject, JsonObject)>
    {
        public static readonly SamePairComparer Instance = new();

        public bool Equals((JsonObject, JsonObject) x, (JsonObject, JsonObject) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((JsonObject, JsonObject) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
