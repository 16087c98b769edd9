using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// An operation's security requirements (its own <c>security</c>, else the document's): alternatives, each a set of
/// schemes that must all be met. apiKey by its <c>in</c>/<c>name</c> (header, query, cookie); HTTP basic, bearer and
/// digest by the <c>Authorization</c> scheme (another HTTP scheme by any <c>Authorization</c>); OAuth2 and OpenID
/// Connect by a bearer token; mutual TLS is not visible in a pact and is taken as met. The credentials a scheme
/// declares are not "undeclared" headers or query parameters.
/// </summary>
internal sealed class Security
{
    private readonly List<List<(string Name, JsonObject? Scheme)>> _alternatives = [];
    private readonly bool _own;

    public Security(SpecDocument spec, SchemaView.Factory views, JsonObject operation)
    {
        _own = operation["security"] is JsonArray;
        var requirements = operation["security"] as JsonArray ?? spec.Root["security"] as JsonArray ?? [];
        var schemes = spec.Root["components"]?["securitySchemes"] as JsonObject ?? [];
        foreach (var requirement in requirements.OfType<JsonObject>())
        {
            _alternatives.Add(requirement.Select(r => (r.Key, views.Resolve(schemes[r.Key]))).ToList());
        }
    }

    public string Pointer(string operation) => _own ? operation + "/security" : "#/security";

    /// <summary>Whether a header or query parameter of this name is a credential one of the schemes declares.</summary>
    public bool IsCredential(string location, string name) => _alternatives.SelectMany(a => a).Any(s =>
        s.Scheme?["type"]?.ToString() == "apiKey" && s.Scheme["in"]?.ToString() == location
        && string.Equals(s.Scheme["name"]?.ToString(), name, location == "header" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    /// <summary>Null when the interaction meets one alternative (or there are none); else what each alternative lacks.</summary>
    public string? Unmet(PactInteraction interaction)
    {
        if (_alternatives.Count == 0 || _alternatives.Any(a => a.Count == 0))
        {
            return null;
        }

        var lacks = new List<string>();
        foreach (var alternative in _alternatives)
        {
            var missing = alternative.Where(s => !Met(s.Scheme, interaction)).Select(s => Describe(s.Name, s.Scheme)).ToList();
            if (missing.Count == 0)
            {
                return null;
            }

            lacks.Add(string.Join(" and ", missing));
        }

        return "no " + string.Join("; no ", lacks);
    }

    private static bool Met(JsonObject? scheme, PactInteraction interaction)
    {
        var authorization = Header(interaction, "Authorization");
        switch (scheme?["type"]?.ToString())
        {
            case "apiKey":
                var name = scheme["name"]?.ToString() ?? string.Empty;
                return scheme["in"]?.ToString() switch
                {
                    "header" => Header(interaction, name) is not null,
                    "query" => interaction.Query.ContainsKey(name),
                    "cookie" => (Header(interaction, "Cookie") ?? string.Empty).Split(';').Any(c => c.Trim().StartsWith(name + "=", StringComparison.Ordinal)),
                    _ => false,
                };
            case "http":
                var kind = scheme["scheme"]?.ToString()?.ToLowerInvariant();
                return authorization is not null && (kind is not ("basic" or "bearer" or "digest") || authorization.TrimStart().StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase));
            case "oauth2" or "openIdConnect":
                return authorization is not null && authorization.TrimStart().StartsWith("bearer ", StringComparison.OrdinalIgnoreCase);
            case "mutualTLS":
                return true;
            default:
                return false; // a scheme the document does not define cannot be met
        }
    }

    private static string Describe(string name, JsonObject? scheme) => scheme?["type"]?.ToString() switch
    {
        "apiKey" => $"{name}: {scheme["in"]} '{scheme["name"]}'",
        "http" => $"{name}: Authorization {scheme["scheme"]}",
        "oauth2" or "openIdConnect" => $"{name}: Authorization Bearer",
        null => $"{name}: not defined in components.securitySchemes",
        var t => $"{name}: {t}",
    };

    private static string? Header(PactInteraction interaction, string name) =>
        interaction.RequestHeaders.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
