using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Chooses the variant of a polymorphic schema that a discriminator value names, as OpenAPI defines it: the
/// discriminator's <c>mapping</c> first (a <c>$ref</c> or a bare schema name), else the name of a <c>oneOf</c>/<c>anyOf</c>
/// variant's schema, else (no variants listed: inheritance) the component of that name that <c>allOf</c>s the schema.
/// Used by the pact check and the compat checker.
/// </summary>
internal static class Discriminator
{
    private const string Schemas = "#/components/schemas/";

    /// <summary>The discriminator property of <paramref name="view"/> and the value <paramref name="value"/> gives it; null when either is absent.</summary>
    public static (string Property, string Value)? ValueOf(SchemaView view, JsonNode? value) =>
        view.DiscriminatorProperty is { } property && value is JsonObject obj && obj[property] is JsonValue v && v.TryGetValue<string>(out var text)
            ? (property, text) : null;

    /// <summary>The variant the value names, or null when none does.</summary>
    public static JsonNode? Choose(SchemaView.Factory views, SchemaView view, string value)
    {
        if (view.DiscriminatorMapping.TryGetValue(value, out var target))
        {
            var reference = target.StartsWith('#') ? target : Schemas + target;
            return views.Resolve(new JsonObject { ["$ref"] = reference }) is { } mapped ? mapped : null;
        }

        var variants = (view.OneOf ?? []).Concat(view.AnyOf ?? []).ToList();
        foreach (var variant in variants)
        {
            if (views.Resolve(variant) is { } resolved && Name(views, variant, resolved) == value)
            {
                return resolved;
            }
        }

        if (variants.Count == 0 && views.Resolve(new JsonObject { ["$ref"] = Schemas + value }) is { } child && AllOfs(views, child, view.Key))
        {
            return child;
        }

        return null;
    }

    /// <summary>The values a discriminator knows: its mapping's keys and its variants' names.</summary>
    public static IEnumerable<string> Known(SchemaView.Factory views, SchemaView view) =>
        view.DiscriminatorMapping.Keys.Concat((view.OneOf ?? []).Concat(view.AnyOf ?? [])
            .Select(v => views.Resolve(v) is { } r ? Name(views, v, r) : null).OfType<string>()).Distinct(StringComparer.Ordinal);

    private static string? Name(SchemaView.Factory views, JsonNode variant, JsonObject resolved)
    {
        var reference = (variant as JsonObject)?["$ref"]?.ToString() ?? views.PointerOf(resolved);
        return reference is not null && reference.StartsWith(Schemas, StringComparison.Ordinal) ? reference[Schemas.Length..] : null;
    }

    private static bool AllOfs(SchemaView.Factory views, JsonObject child, JsonObject parent) =>
        (child["allOf"] as JsonArray ?? []).Any(p => ReferenceEquals(views.Resolve(p), parent));
}
