using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>What an operation or the document declares beside its wire contract: tags, stability, webhooks, security schemes.</summary>
internal sealed partial class OperationComparer
{
    /// <summary>x-stability-level from least to most stable; an operation that declares none is stable.</summary>
    private static readonly string[] Stabilities = ["draft", "alpha", "beta", "stable"];

    private void CompareTagsAndStability(Op b, Op r)
    {
        var before = Tags(b.Node);
        var after = Tags(r.Node);
        foreach (var tag in before.Where(t => !after.Contains(t)))
        {
            Add(ChangeKind.TagRemoved, Area.Operation, r, string.Empty, r.Pointer + "/tags", before: tag);
        }

        foreach (var tag in after.Where(t => !before.Contains(t)))
        {
            Add(ChangeKind.TagAdded, Area.Operation, r, string.Empty, r.Pointer + "/tags", after: tag);
        }

        var was = Stability(b.Node);
        var now = Stability(r.Node);
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            Add(ChangeKind.StabilityChanged, Area.Operation, r, string.Empty, r.Pointer + "/x-stability-level", was, now);
        }
    }

    /// <summary>The rank of a stability level (draft 0 … stable 3), or -1 when it is none of them.</summary>
    internal static int StabilityRank(string? level) => Array.IndexOf(Stabilities, level);

    private static string Stability(JsonObject op) => op["x-stability-level"]?.ToString() ?? "stable";

    private static List<string> Tags(JsonObject op) =>
        (op["tags"] as JsonArray ?? []).OfType<JsonValue>().Select(t => t.ToString()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Webhooks (3.1) added or removed, and security schemes added to or removed from the components.</summary>
    private void CompareDocument()
    {
        CompareNames("webhooks", "#/webhooks/", name => "webhook " + name, ChangeKind.WebhookAdded, ChangeKind.WebhookRemoved);
        CompareNames("securitySchemes", "#/components/securitySchemes/", _ => "components", ChangeKind.SecuritySchemeAdded, ChangeKind.SecuritySchemeRemoved);
    }

    /// <summary>Entries of one document section that appear or disappear, by name.</summary>
    private void CompareNames(string section, string pointer, Func<string, string> display, ChangeKind added, ChangeKind removed)
    {
        var before = Section(_base, section);
        var after = Section(_revision, section);
        foreach (var name in before.Select(p => p.Key).Where(n => !after.ContainsKey(n)))
        {
            _changes.Add(new Change(removed, Area.Operation, display(name), string.Empty, pointer + JsonPointer.Escape(name)) { Before = name });
        }

        foreach (var name in after.Select(p => p.Key).Where(n => !before.ContainsKey(n)))
        {
            _changes.Add(new Change(added, Area.Operation, display(name), string.Empty, pointer + JsonPointer.Escape(name)) { After = name });
        }
    }

    private static JsonObject Section(SpecDocument document, string section) =>
        (section == "webhooks" ? document.Root["webhooks"] : document.Root["components"]?[section]) as JsonObject ?? [];
}
