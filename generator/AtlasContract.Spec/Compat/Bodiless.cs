using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.Compat;

/// <summary>
/// A pair where a side has no response body (a 204 delete): there are no fields to compare, so what a consumer depends
/// on is compared instead and named in the report: the status, and the path parameters it fills, by position (a
/// parameter renamed keeps its place; its meaning may change, e.g. an invitation id becoming a user id). A body the
/// old side had and the new side lacks is a break; a body only the new side has is new fields.
/// </summary>
internal static class Bodiless
{
    public const string NoBody = "no body";

    public static CompatReport Check(SpecDocument oldDocument, SpecDocument newDocument, (string? Id, string Shown, string Media) old, (string? Id, string Shown, string Media) now, Dictionary<string, FieldType> newFields)
    {
        var rows = new List<CompatRow> { Status(Code(old.Shown), Code(now.Shown)) };
        var oldParameters = PathParameters(oldDocument, old.Id);
        var newParameters = PathParameters(newDocument, now.Id);
        for (var i = 0; i < Math.Max(oldParameters.Count, newParameters.Count); i++)
        {
            rows.Add(Parameter(i < oldParameters.Count ? oldParameters[i] : null, i < newParameters.Count ? newParameters[i] : null));
        }

        if (old.Media != NoBody)
        {
            rows.Add(new CompatRow("$", new FieldType("body", null), null, CompatVerdict.Missing, "the new response has no body: nothing a reader of the old body read is there"));
        }

        rows.AddRange(newFields.Select(f => new CompatRow(f.Key, null, f.Value, CompatVerdict.Added, null)));
        var compared = $"{(old.Media == NoBody && now.Media == NoBody ? "no response body on either side" : old.Media == NoBody ? "no old response body" : "no new response body")}: compared the status and {oldParameters.Count} -> {newParameters.Count} path parameters";
        return new CompatReport($"{old.Shown} ({old.Media})", $"{now.Shown} ({now.Media})", rows) { Compared = compared };
    }

    private static string Code(string shown) => shown[(shown.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// Another success status reads the same for a consumer that only checks success; anything else breaks (reachable
    /// through a declared <c>status</c> only on one side's spec, as each side's first 2xx is taken otherwise).
    /// </summary>
    private static CompatRow Status(string old, string now) =>
        old == now ? new CompatRow("status", new FieldType(old, null), new FieldType(now, null), CompatVerdict.Compatible, null)
        : old.StartsWith('2') && now.StartsWith('2') ? new CompatRow("status", new FieldType(old, null), new FieldType(now, null), CompatVerdict.MeaningChanged, $"success is {now}, was {old}")
        : new CompatRow("status", new FieldType(old, null), new FieldType(now, null), CompatVerdict.Retyped, $"the status changed from {old} to {now}");

    private static CompatRow Parameter((string Name, FieldType Type)? old, (string Name, FieldType Type)? now) => (old, now) switch
    {
        ({ } o, null) => new CompatRow("path {" + o.Name + "}", o.Type, null, CompatVerdict.Missing, "the new path has no parameter in its place"),
        (null, { } n) => new CompatRow("path {" + n.Name + "}", null, n.Type, CompatVerdict.Missing, "a path parameter the old call does not supply"),
        ({ } o, { } n) when o.Type != n.Type => new CompatRow("path {" + o.Name + "}", o.Type, n.Type, CompatVerdict.Retyped, null, n.Name == o.Name ? null : "path {" + n.Name + "}"),
        ({ } o, { } n) when o.Name != n.Name => new CompatRow("path {" + o.Name + "}", o.Type, n.Type, CompatVerdict.MeaningChanged, $"the value in its place is now {{{n.Name}}}", "path {" + n.Name + "}"),
        ({ } o, { } n) => new CompatRow("path {" + o.Name + "}", o.Type, n.Type, CompatVerdict.Compatible, null),
        _ => throw new InvalidOperationException("a parameter pair with neither side"),
    };

    /// <summary>The path parameters in the order the path template names them, typed as their schemas say.</summary>
    private static List<(string Name, FieldType Type)> PathParameters(SpecDocument document, string? operationId)
    {
        var (path, _, operation, item) = CompatChecker.Operation(document, operationId);
        var views = new SchemaView.Factory(document);
        var declared = new Dictionary<string, FieldType>(StringComparer.Ordinal);
        foreach (var parameter in (item["parameters"] as JsonArray ?? []).Concat(operation["parameters"] as JsonArray ?? []).Select(views.Resolve).OfType<JsonObject>())
        {
            if (parameter["in"]?.ToString() == "path" && parameter["name"]?.ToString() is { } name)
            {
                var schema = views.Of(parameter["schema"]);
                declared[name] = new FieldType(schema.Type ?? "any", schema.Format);
            }
        }

        return System.Text.RegularExpressions.Regex.Matches(path, @"\{([^}]+)\}").Select(m => m.Groups[1].Value)
            .Select(name => (name, declared.TryGetValue(name, out var type) ? type : new FieldType("string", null))).ToList();
    }
}
