using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Compat;

/// <summary>Which operation and response of each document to pair (defaults: the single GET, its first 2xx).</summary>
public sealed record CompatOptions(string? OldOperation = null, string? NewOperation = null, string? Status = null);

/// <summary>
/// Can a consumer of the old API's response read the new one? Every field the old response has must exist
/// in the new response at the same path with a compatible type, format and array-ness; fields only the new
/// one has are fine. Format added (string → string/email) is a narrowing and fine; removed or changed is not.
/// </summary>
public static class CompatChecker
{
    private const int MaxDepth = 16;

    public static CompatReport Check(SpecDocument oldDocument, SpecDocument newDocument, CompatOptions? options = null)
    {
        options ??= new CompatOptions();
        var (oldOp, oldSchema, oldMedia) = Response(oldDocument, options.OldOperation, options.Status);
        var (newOp, newSchema, newMedia) = Response(newDocument, options.NewOperation, options.Status);
        var oldFields = Fields(new SchemaView.Factory(oldDocument), oldSchema);
        var newFields = Fields(new SchemaView.Factory(newDocument), newSchema);
        var rows = new List<CompatRow>();
        foreach (var (path, oldType) in oldFields)
        {
            if (!newFields.TryGetValue(path, out var newType))
            {
                rows.Add(new CompatRow(path, oldType, null, CompatVerdict.Missing, RenameHint(path, oldType, oldFields, newFields)));
            }
            else if (!Compatible(oldType, newType))
            {
                rows.Add(new CompatRow(path, oldType, newType, CompatVerdict.Retyped, null));
            }
            else
            {
                rows.Add(new CompatRow(path, oldType, newType, CompatVerdict.Compatible, null));
            }
        }

        foreach (var (path, newType) in newFields.Where(f => !oldFields.ContainsKey(f.Key)))
        {
            rows.Add(new CompatRow(path, null, newType, CompatVerdict.Added, null));
        }

        return new CompatReport($"{oldOp} ({oldMedia})", $"{newOp} ({newMedia})", WithoutEchoes(rows));
    }

    /// <summary>A field under a missing or retyped one is not reported again: the parent says it.</summary>
    private static List<CompatRow> WithoutEchoes(List<CompatRow> rows)
    {
        var broken = rows.Where(r => r.Breaks).Select(r => r.Path).ToList();
        return rows.Where(r => !broken.Any(b => r.Path.Length > b.Length && r.Path.StartsWith(b, StringComparison.Ordinal) && r.Path[b.Length] is '.' or '[')).ToList();
    }

    /// <summary>Same base type, same array-ness; the old format must be kept (the new may add one).</summary>
    private static bool Compatible(FieldType old, FieldType now) =>
        old.Type == now.Type && (old.Format is null || old.Format == now.Format);

    private static string? RenameHint(string path, FieldType type, Dictionary<string, FieldType> oldFields, Dictionary<string, FieldType> newFields)
    {
        var parent = Parent(path);
        var candidates = newFields.Where(f => !oldFields.ContainsKey(f.Key) && Parent(f.Key) == parent && Compatible(type, f.Value)).Select(f => f.Key).ToList();
        return candidates.Count == 0 ? null : "renamed to " + string.Join(" or ", candidates) + "?";
    }

    private static string Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? string.Empty : path[..dot];
    }

    private static (string Operation, JsonNode? Schema, string MediaType) Response(SpecDocument document, string? operationId, string? status)
    {
        var candidates = new List<(string Path, string Method, JsonObject Op)>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, op) in item as JsonObject ?? [])
            {
                if (op is JsonObject o && (operationId is null ? method == "get" : o["operationId"]?.ToString() == operationId))
                {
                    candidates.Add((path, method, o));
                }
            }
        }

        if (candidates.Count != 1)
        {
            throw new SpecLoadException(document.Source, operationId is null
                ? $"has {candidates.Count} GET operations; choose one with --old-operation/--new-operation"
                : $"no operation with operationId '{operationId}'");
        }

        var (p, m, operation) = candidates[0];
        var views = new SchemaView.Factory(document);
        var responses = operation["responses"] as JsonObject ?? [];
        var code = status ?? responses.Select(r => r.Key).FirstOrDefault(k => k.StartsWith('2'))
            ?? throw new SpecLoadException(document.Source, $"{m.ToUpperInvariant()} {p} has no 2xx response");
        var response = views.Resolve(responses[code]) ?? throw new SpecLoadException(document.Source, $"{m.ToUpperInvariant()} {p} has no response {code}");
        var media = (response["content"] as JsonObject ?? []).FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase));
        if (media.Value is null)
        {
            throw new SpecLoadException(document.Source, $"{m.ToUpperInvariant()} {p} response {code} has no JSON body");
        }

        return ($"{m.ToUpperInvariant()} {p} {code}", media.Value["schema"], media.Key);
    }

    private static Dictionary<string, FieldType> Fields(SchemaView.Factory views, JsonNode? schema)
    {
        var fields = new Dictionary<string, FieldType>(StringComparer.Ordinal);
        Walk(views, views.Of(schema), "$", fields, new HashSet<JsonObject>(ReferenceEqualityComparer.Instance));
        return fields;
    }

    private static void Walk(SchemaView.Factory views, SchemaView view, string path, Dictionary<string, FieldType> fields, HashSet<JsonObject> onPath)
    {
        if (onPath.Count > MaxDepth || !onPath.Add(view.Key))
        {
            return;
        }

        if (path != "$")
        {
            fields[path] = new FieldType(view.Type ?? (view.Properties.Count > 0 ? "object" : "any"), view.Format);
        }

        foreach (var (name, property) in view.Properties)
        {
            Walk(views, views.Of(property), path + "." + name, fields, onPath);
        }

        if (view.Items is not null)
        {
            Walk(views, views.Of(view.Items), path + "[*]", fields, onPath);
        }

        onPath.Remove(view.Key);
    }
}
