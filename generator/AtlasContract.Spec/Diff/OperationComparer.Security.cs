using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>Security requirements per operation, and the schemes they name.</summary>
internal sealed partial class OperationComparer
{
    /// <summary>
    /// A client that met an old alternative (its schemes, with their scopes) still gets in when some new alternative
    /// asks for no more; otherwise it lost access: through a new scope on the same schemes, or outright.
    /// </summary>
    private void CompareSecurity(Op b, Op r)
    {
        var before = Alternatives(_base, b);
        var after = Alternatives(_revision, r);
        var counterparts = new HashSet<Alternative>();
        foreach (var old in before.Where(o => !after.Any(n => n.AsksNoMoreThan(o))))
        {
            var stricter = after.Where(n => n.Schemes == old.Schemes && old.Scopes.IsSubsetOf(n.Scopes)).MinBy(n => n.Scopes.Count);
            if (stricter is null)
            {
                Add(ChangeKind.SecurityRemoved, Area.Security, r, "security", r.Pointer + "/security", before: old.Label);
                continue;
            }

            counterparts.Add(stricter);
            foreach (var scope in stricter.Scopes.Where(s => !old.Scopes.Contains(s)).Order(StringComparer.Ordinal))
            {
                Add(ChangeKind.SecurityScopeAdded, Area.Security, r, "security", r.Pointer + "/security", after: scope);
            }
        }

        foreach (var added in after.Where(n => !counterparts.Contains(n) && !before.Any(o => o.Equals(n))))
        {
            var looser = before.Where(o => o.Schemes == added.Schemes && added.Scopes.IsSubsetOf(o.Scopes)).MinBy(o => o.Scopes.Count);
            if (looser is null)
            {
                Add(ChangeKind.SecurityAdded, Area.Security, r, "security", r.Pointer + "/security", after: added.Label);
                continue;
            }

            foreach (var scope in looser.Scopes.Where(s => !added.Scopes.Contains(s)).Order(StringComparer.Ordinal))
            {
                Add(ChangeKind.SecurityScopeRemoved, Area.Security, r, "security", r.Pointer + "/security", before: scope);
            }
        }
    }

    /// <summary>One security requirement: its schemes (sorted, joined) and the scopes it asks for ("oauth scope read").</summary>
    private sealed record Alternative(string Schemes, HashSet<string> Scopes)
    {
        public string Label => Scopes.Count == 0 ? Schemes : $"{Schemes} ({string.Join(", ", Scopes.Order(StringComparer.Ordinal))})";

        public HashSet<string> SchemeNames { get; } = Schemes == "(none)" ? [] : [.. Schemes.Split(" + ")];

        /// <summary>Whether a client meeting <paramref name="other"/> meets this one too.</summary>
        public bool AsksNoMoreThan(Alternative other) =>
            SchemeNames.IsSubsetOf(other.SchemeNames) && Scopes.IsSubsetOf(other.Scopes);

        public bool Equals(Alternative? other) => other is not null && Schemes == other.Schemes && Scopes.SetEquals(other.Scopes);

        public override int GetHashCode() => Schemes.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>The alternatives read so far, by requirement list: most operations share the document's (read once).</summary>
    private readonly Dictionary<JsonArray, List<Alternative>> _alternatives = new(ReferenceEqualityComparer.Instance);

    /// <summary>The operation's security alternatives (any one suffices): its own, else the document's.</summary>
    private List<Alternative> Alternatives(SpecDocument document, Op op)
    {
        if ((op.Node["security"] ?? document.Root["security"]) is not JsonArray requirements)
        {
            return [];
        }

        if (!_alternatives.TryGetValue(requirements, out var alternatives))
        {
            _alternatives[requirements] = alternatives = Read(requirements);
        }

        return alternatives;
    }

    private static List<Alternative> Read(JsonArray requirements) =>
        requirements.OfType<JsonObject>()
            .Select(requirement => new Alternative(
                requirement.Count == 0 ? "(none)" : string.Join(" + ", requirement.Select(p => p.Key).Order(StringComparer.Ordinal)),
                requirement.SelectMany(p => (p.Value as JsonArray ?? []).Select(s => $"{p.Key} scope {s}")).ToHashSet(StringComparer.Ordinal)))
            .ToList();

    /// <summary>Changes to a security scheme, reported on each operation of the revision that authenticates with it.</summary>
    private void CompareSecuritySchemes(List<Op> operations)
    {
        var before = _base.Root["components"]?["securitySchemes"] as JsonObject ?? [];
        var after = _revision.Root["components"]?["securitySchemes"] as JsonObject ?? [];
        foreach (var (name, b) in before)
        {
            if (after[name] is not JsonObject r || b is not JsonObject)
            {
                continue;
            }

            var pointer = "#/components/securitySchemes/" + JsonPointer.Escape(name);
            var typeBefore = $"{b["type"]} {b["scheme"]}".Trim();
            var typeAfter = $"{r["type"]} {r["scheme"]}".Trim();
            if (!string.Equals(typeBefore, typeAfter, StringComparison.OrdinalIgnoreCase))
            {
                SchemeChanged(operations, name, ChangeKind.SecuritySchemeTypeChanged, pointer, typeBefore, typeAfter);
            }

            var keyBefore = $"{b["in"]} {b["name"]}".Trim();
            var keyAfter = $"{r["in"]} {r["name"]}".Trim();
            if (string.Equals(typeBefore, typeAfter, StringComparison.OrdinalIgnoreCase) && typeAfter == "apiKey" 
                && !string.Equals(keyBefore, keyAfter, keyAfter.StartsWith("header ", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                SchemeChanged(operations, name, ChangeKind.SecuritySchemeApiKeyChanged, pointer, keyBefore, keyAfter);
            }

            var urlBefore = b["flows"]?["clientCredentials"]?["tokenUrl"]?.ToString();
            var urlAfter = r["flows"]?["clientCredentials"]?["tokenUrl"]?.ToString();
            if (urlBefore is not null && !string.Equals(urlBefore, urlAfter, StringComparison.Ordinal))
            {
                SchemeChanged(operations, name, ChangeKind.SecuritySchemeTokenUrlChanged, pointer + "/flows/clientCredentials/tokenUrl", urlBefore, urlAfter ?? "none");
            }

            CompareFlows(operations, name, pointer + "/flows", b["flows"] as JsonObject, r["flows"] as JsonObject);
        }
    }

    /// <summary>Each OAuth flow kept on both sides: its authorizationUrl, and the scopes it no longer declares.</summary>
    private void CompareFlows(List<Op> operations, string scheme, string pointer, JsonObject? before, JsonObject? after)
    {
        foreach (var (flow, b) in before ?? [])
        {
            if (after?[flow] is not JsonObject r || b is not JsonObject)
            {
                continue;
            }

            var at = pointer + "/" + JsonPointer.Escape(flow);
            var urlBefore = b["authorizationUrl"]?.ToString();
            var urlAfter = r["authorizationUrl"]?.ToString();
            if (urlBefore is not null && !string.Equals(urlBefore, urlAfter, StringComparison.Ordinal))
            {
                SchemeChanged(operations, scheme, ChangeKind.SecuritySchemeAuthorizationUrlChanged, at + "/authorizationUrl", urlBefore, urlAfter ?? "none");
            }

            var scopes = r["scopes"] as JsonObject;
            foreach (var (scope, _) in b["scopes"] as JsonObject ?? [])
            {
                if (scopes is null || !scopes.ContainsKey(scope))
                {
                    SchemeChanged(operations, scheme, ChangeKind.SecuritySchemeScopeRemoved, at + "/scopes", $"{flow} scope {scope}", "none");
                }
            }
        }
    }

    private void SchemeChanged(List<Op> operations, string scheme, ChangeKind kind, string pointer, string before, string after)
    {
        foreach (var op in operations.Where(o => Alternatives(_revision, o).Any(a => a.SchemeNames.Contains(scheme))))
        {
            Add(kind, Area.Security, op, scheme, pointer, before, after);
        }
    }
}
