using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Compat;

/// <summary>How an old field is carried over to the new response (declared in the manifest's compat entry).</summary>
public enum MappingKind
{
    /// <summary>Same name and meaning (the default for every field the mapping does not name).</summary>
    Same,

    /// <summary>Another name, same place in the object.</summary>
    Renamed,

    /// <summary>Moved into another object or list (e.g. <c>roles</c> → <c>roles.orgRoles</c>).</summary>
    Regrouped,

    /// <summary>Not carried over at all; the note says how a consumer copes.</summary>
    Missing,

    /// <summary>The value means something else now (the note says what), wherever it lives.</summary>
    MeaningChanged,
}

/// <summary>One declared field: the old JSON path, where it lives in the new response (null when missing), how, and why.</summary>
public sealed record FieldMapping(string Old, string? New, MappingKind Kind, string? Note);

/// <summary>
/// A declared old → new field mapping. <see cref="OldRoot"/> → <see cref="NewRoot"/> rewrites every path that the
/// mapping does not name (a bare array <c>$[*]</c> becomes an envelope's <c>$.results[*]</c>); a mapping of a
/// field also moves everything under it. <see cref="NewMediaType"/> and <see cref="NewVariant"/> say which
/// response of the new operation is read (a media-type version; a discriminator value of a <c>oneOf</c>).
/// </summary>
public sealed record CompatMapping(string OldRoot, string NewRoot, IReadOnlyList<FieldMapping> Fields)
{
    private static readonly string[] Keys = ["oldMediaType", "newMediaType", "newVariant", "root", "fields"];

    public static CompatMapping Identity { get; } = new("$", "$", []);

    public string? OldMediaType { get; init; }

    public string? NewMediaType { get; init; }

    public string? NewVariant { get; init; }

    /// <summary>
    /// Reads <c>mapping: {newMediaType, newVariant, root: {old, new}, fields: [{old, new, kind, note}]}</c> from a
    /// manifest node; <paramref name="where"/> names the file and entry in errors.
    /// </summary>
    public static CompatMapping Parse(JsonNode? node, string where)
    {
        if (node is null)
        {
            return Identity;
        }

        if (node is not JsonObject obj)
        {
            throw new SpecLoadException(where, "mapping must be a map with root and fields");
        }

        foreach (var key in obj.Select(p => p.Key).Where(k => !Keys.Contains(k)))
        {
            throw new SpecLoadException(where, $"mapping.{key}: unknown key (expected {string.Join(", ", Keys)})");
        }

        var root = obj["root"] as JsonObject;
        var fields = new List<FieldMapping>();
        var index = 0;
        foreach (var item in obj["fields"] as JsonArray ?? [])
        {
            var at = $"mapping.fields[{index++}]";
            if (item is not JsonObject field || Text(field, "old") is not { } old || !old.StartsWith('$'))
            {
                throw new SpecLoadException(where, $"{at}: needs 'old', a JSON path starting with $");
            }

            var kindText = Text(field, "kind") ?? "same";
            if (!Enum.TryParse<MappingKind>(kindText.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind))
            {
                throw new SpecLoadException(where, $"{at}: kind '{kindText}' is not one of same, renamed, regrouped, missing, meaningChanged");
            }

            var @new = Text(field, "new");
            if ((kind == MappingKind.Missing) != (@new is null))
            {
                throw new SpecLoadException(where, kind == MappingKind.Missing ? $"{at}: a missing field has no 'new'" : $"{at}: kind {kindText} needs 'new'");
            }

            fields.Add(new FieldMapping(old, @new, kind, Text(field, "note")));
        }

        var duplicate = fields.GroupBy(f => f.Old, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SpecLoadException(where, $"mapping.fields: '{duplicate.Key}' is declared twice");
        }

        return new CompatMapping(root is null ? "$" : Text(root, "old") ?? "$", root is null ? "$" : Text(root, "new") ?? "$", fields)
        {
            OldMediaType = Text(obj, "oldMediaType"),
            NewMediaType = Text(obj, "newMediaType"),
            NewVariant = Text(obj, "newVariant"),
        };
    }

    /// <summary>Where <paramref name="oldPath"/> lives in the new response, and the declaration that put it there (if any).</summary>
    internal (string? NewPath, FieldMapping? Declared, bool Inherited) Locate(string oldPath)
    {
        var exact = Fields.FirstOrDefault(f => f.Old == oldPath);
        if (exact is not null)
        {
            return (exact.New, exact, false);
        }

        var ancestor = Fields.Where(f => IsUnder(oldPath, f.Old)).OrderByDescending(f => f.Old.Length).FirstOrDefault();
        if (ancestor is not null)
        {
            return (ancestor.New is null ? null : ancestor.New + oldPath[ancestor.Old.Length..], ancestor, true);
        }

        return (IsUnder(oldPath, OldRoot) || oldPath == OldRoot ? NewRoot + oldPath[OldRoot.Length..] : oldPath, null, false);
    }

    private static bool IsUnder(string path, string ancestor) =>
        path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
