using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Spec.Compat;

/// <summary>
/// Which operation and response of each document to pair (defaults: the single GET, its first 2xx, its first JSON
/// media type), which variant of a discriminated <c>oneOf</c> the new side is read as (its discriminator value,
/// e.g. PENDING; all variants when null), and the declared field mapping (same paths when null).
/// </summary>
public sealed record CompatOptions(
    string? OldOperation = null,
    string? NewOperation = null,
    string? Status = null,
    string? OldMediaType = null,
    string? NewMediaType = null,
    string? NewVariant = null,
    CompatMapping? Mapping = null);

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
        var mapping = options.Mapping ?? CompatMapping.Identity;
        var newVariantValue = options.NewVariant ?? mapping.NewVariant;
        var (oldOp, oldSchema, oldMedia) = Response(oldDocument, options.OldOperation, options.Status, options.OldMediaType ?? mapping.OldMediaType);
        var (newOp, newSchema, newMedia) = Response(newDocument, options.NewOperation, options.Status, options.NewMediaType ?? mapping.NewMediaType);
        if (oldMedia == Bodiless.NoBody || newMedia == Bodiless.NoBody)
        {
            // Nothing or one side to compare field by field: say what was compared instead (status, path parameters).
            var newOnly = newMedia == Bodiless.NoBody ? [] : Fields(new SchemaView.Factory(newDocument), newSchema, newVariantValue, newDocument.Source);
            return Bodiless.Check(oldDocument, newDocument, (options.OldOperation, oldOp, oldMedia), (options.NewOperation, newOp, newMedia), newOnly);
        }

        var oldFields = Fields(new SchemaView.Factory(oldDocument), oldSchema, null, oldDocument.Source);
        var newFields = Fields(new SchemaView.Factory(newDocument), newSchema, newVariantValue, newDocument.Source);
        var located = oldFields.Keys.ToDictionary(p => p, mapping.Locate, StringComparer.Ordinal);
        var targeted = located.Values.Select(l => l.NewPath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var rows = new List<CompatRow>();
        foreach (var (path, oldType) in oldFields)
        {
            var (newPath, declared, inherited) = located[path];
            var shownPath = newPath == path ? null : newPath;
            if (newPath is null)
            {
                if (!inherited)
                {
                    rows.Add(new CompatRow(path, oldType, null, CompatVerdict.Dropped, declared?.Note));
                }
            }
            else if (!newFields.TryGetValue(newPath, out var newType))
            {
                var hint = declared is null
                    ? RenameHint(newPath, oldType, targeted, newFields)
                    : $"declared {Name(declared.Kind)} to {newPath}, which the new response does not have";
                rows.Add(new CompatRow(path, oldType, null, CompatVerdict.Missing, hint, shownPath));
            }
            else if (!Compatible(oldType, newType))
            {
                rows.Add(new CompatRow(path, oldType, newType, CompatVerdict.Retyped, inherited ? null : declared?.Note, shownPath));
            }
            else
            {
                var verdict = declared?.Kind switch
                {
                    MappingKind.Renamed => CompatVerdict.Renamed,
                    MappingKind.Regrouped => CompatVerdict.Regrouped,
                    MappingKind.MeaningChanged when !inherited => CompatVerdict.MeaningChanged,
                    _ => CompatVerdict.Compatible,
                };
                rows.Add(new CompatRow(path, oldType, newType, verdict, inherited ? null : declared?.Note, shownPath));
            }
        }

        foreach (var (path, newType) in newFields.Where(f => !targeted.Contains(f.Key)))
        {
            rows.Add(new CompatRow(path, null, newType, CompatVerdict.Added, null));
        }

        var variant = newVariantValue is null ? string.Empty : $" as {newVariantValue}";
        return new CompatReport($"{oldOp} ({oldMedia})", $"{newOp} ({newMedia}){variant}", WithoutEchoes(rows));
    }

    /// <summary>A declaration kind as the manifest spells it.</summary>
    public static string Name(MappingKind kind) => kind == MappingKind.MeaningChanged ? "meaningChanged" : kind.ToString().ToLowerInvariant();

    /// <summary>A field under a missing or retyped one is not reported again: the parent says it.</summary>
    private static List<CompatRow> WithoutEchoes(List<CompatRow> rows)
    {
        var broken = rows.Where(r => r.Breaks).Select(r => r.Path).ToList();
        return rows.Where(r => !broken.Any(b => r.Path.Length > b.Length && r.Path.StartsWith(b, StringComparison.Ordinal) && r.Path[b.Length] is '.' or '[')).ToList();
    }

    /// <summary>Same base type, same array-ness; the old format must be kept (the new may add one).</summary>
    private static bool Compatible(FieldType old, FieldType now) =>
        old.Type == now.Type && (old.Format is null || old.Format == now.Format);

    private static string? RenameHint(string path, FieldType type, HashSet<string> targeted, Dictionary<string, FieldType> newFields)
    {
        var parent = Parent(path);
        var candidates = newFields.Where(f => !targeted.Contains(f.Key) && Parent(f.Key) == parent && Compatible(type, f.Value)).Select(f => f.Key).ToList();
        return candidates.Count == 0 ? null : "renamed to " + string.Join(" or ", candidates) + "?";
    }

    private static string Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? string.Empty : path[..dot];
    }

    /// <summary>The operation named <paramref name="operationId"/> (null: the document's single GET), with its path and path item.</summary>
    internal static (string Path, string Method, JsonObject Operation, JsonObject PathItem) Operation(SpecDocument document, string? operationId)
    {
        var candidates = new List<(string Path, string Method, JsonObject Op, JsonObject Item)>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, op) in item as JsonObject ?? [])
            {
                if (op is JsonObject o && (operationId is null ? method == "get" : o["operationId"]?.ToString() == operationId))
                {
                    candidates.Add((path, method, o, (JsonObject)item!));
                }
            }
        }

        if (candidates.Count != 1)
        {
            throw new SpecLoadException(document.Source, operationId is null
                ? $"has {candidates.Count} GET operations; choose one with --old-operation/--new-operation"
                : OperationIds.NotFound(document, operationId));
        }

        return candidates[0];
    }

    internal static (string Operation, JsonNode? Schema, string MediaType) Response(SpecDocument document, string? operationId, string? status, string? mediaType)
    {
        var (p, m, operation, _) = Operation(document, operationId);
        var views = new SchemaView.Factory(document);
        var responses = operation["responses"] as JsonObject ?? [];
        var code = status ?? responses.Select(r => r.Key).FirstOrDefault(k => k.StartsWith('2'))
            ?? throw new SpecLoadException(document.Source, $"{m.ToUpperInvariant()} {p} has no 2xx response");
        var response = views.Resolve(responses[code]) ?? throw new SpecLoadException(document.Source, $"{m.ToUpperInvariant()} {p} has no response {code}");
        if (mediaType is null && response["content"] is not JsonObject { Count: > 0 })
        {
            return ($"{m.ToUpperInvariant()} {p} {code}", null, Bodiless.NoBody);
        }

        var media = (response["content"] as JsonObject ?? []).FirstOrDefault(c => mediaType is null ? c.Key.Contains("json", StringComparison.OrdinalIgnoreCase) : c.Key == mediaType);
        if (media.Value is null)
        {
            throw new SpecLoadException(document.Source, mediaType is null
                ? $"{m.ToUpperInvariant()} {p} response {code} has no JSON body"
                : $"{m.ToUpperInvariant()} {p} response {code} has no '{mediaType}' body");
        }

        // Atlas declares its 204s with a versioned media type and no schema: that is no body either.
        return media.Value["schema"] is null ? ($"{m.ToUpperInvariant()} {p} {code}", null, Bodiless.NoBody) : ($"{m.ToUpperInvariant()} {p} {code}", media.Value["schema"], media.Key);
    }

    internal static Dictionary<string, FieldType> Fields(SchemaView.Factory views, JsonNode? schema, string? variant, string source)
    {
        var fields = new Dictionary<string, FieldType>(StringComparer.Ordinal);
        var unions = new List<(string Path, bool Chose, IReadOnlyList<string> Known)>();
        Walk(views, views.Of(schema), "$", fields, new HashSet<JsonObject>(ReferenceEqualityComparer.Instance), variant, inVariant: false, unions);
        if (variant is not null && unions.Count > 0 && !unions.Any(u => u.Chose))
        {
            var known = unions.SelectMany(u => u.Known).Distinct(StringComparer.Ordinal).ToList();
            throw new SpecLoadException(source, $"{unions[0].Path}: no variant for discriminator value \"{variant}\"" + (known.Count == 0 ? string.Empty : $" (known: {string.Join(", ", known)})"));
        }

        return fields;
    }

    private static void Walk(SchemaView.Factory views, SchemaView view, string path, Dictionary<string, FieldType> fields, HashSet<JsonObject> onPath, string? variant, bool inVariant, List<(string Path, bool Chose, IReadOnlyList<string> Known)> unions)
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
            Walk(views, views.Of(property), path + "." + name, fields, onPath, variant, inVariant: false, unions);
        }

        if (view.Items is not null)
        {
            Walk(views, views.Of(view.Items), path + "[*]", fields, onPath, variant, inVariant: false, unions);
        }

        // A discriminated union is read as the chosen variant (its discriminator's mapping, else the variant's schema
        // name: PactCheck's Discriminator), else as any of them: the fields of every variant count. A variant that
        // allOf's the union does not re-enter it. A value no union knows is an error, never all variants silently.
        if (view.OneOf is { } variants && !inVariant)
        {
            var choice = variant is not null && view.DiscriminatorProperty is not null ? Discriminator.Choose(views, view, variant) : null;
            if (variant is not null && view.DiscriminatorProperty is not null)
            {
                unions.Add((path, choice is not null, Discriminator.Known(views, view).ToList()));
            }

            foreach (var member in choice is null ? variants : [choice])
            {
                Walk(views, views.Of(member), path, fields, onPath, variant, inVariant: true, unions);
            }
        }

        onPath.Remove(view.Key);
    }
}
