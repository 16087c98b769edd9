using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Slicing;

/// <summary>The operationIds a document has, and the ones a mistyped or shortened id most likely meant.</summary>
public static class OperationIds
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>Every operation that has an operationId, in document order (paths, then methods in OpenAPI's order).</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation, string Id)> All(SpecDocument document)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var method in Methods)
            {
                if (item?[method] is JsonObject op && op["operationId"] is JsonValue id && id.TryGetValue<string>(out var name))
                {
                    yield return (path, method, op, name);
                }
            }
        }
    }

    /// <summary>Every operationId, in document order.</summary>
    public static IReadOnlyList<string> Of(SpecDocument document) => All(document).Select(o => o.Id).ToList();

    /// <summary>
    /// Up to <paramref name="count"/> ids close to <paramref name="wanted"/> (case ignored): a typo away (at most two
    /// edits), or holding its letters in order ("createCluster" → createGroupCluster); closest and shortest first.
    /// </summary>
    public static IReadOnlyList<string> Closest(IEnumerable<string> ids, string wanted, int count = 3)
    {
        var query = wanted.ToLowerInvariant();
        return ids
            .Select(id => (Id: id, Edits: Edits(query, id.ToLowerInvariant())))
            .Where(c => c.Edits <= 2 || InOrder(query, c.Id.ToLowerInvariant()))
            .OrderBy(c => Math.Min(c.Edits, 3))
            .ThenBy(c => c.Id.Length)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>The message for an id the document does not have, naming the likely ones.</summary>
    public static string NotFound(SpecDocument document, string operationId)
    {
        var close = Closest(Of(document), operationId);
        return close.Count == 0
            ? $"no operation with operationId '{operationId}'"
            : $"no operation with operationId '{operationId}' (did you mean {string.Join(", ", close)}?)";
    }

    private static bool InOrder(string letters, string text)
    {
        var at = 0;
        foreach (var c in text)
        {
            if (at < letters.Length && letters[at] == c)
            {
                at++;
            }
        }

        return at == letters.Length && letters.Length >= 3;
    }

    /// <summary>Levenshtein distance, stopping early past 3 (only small distances matter).</summary>
    private static int Edits(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return 4;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
