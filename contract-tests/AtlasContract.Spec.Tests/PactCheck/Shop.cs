using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>Specs/shop.yaml (our own fixture: every parameter style, security scheme and body shape the checks read) and interactions against it.</summary>
internal static class Shop
{
    public const string Bearer = "Bearer <token>";

    private static readonly Lazy<SpecDocument> Spec = new(() => SpecLoader.Load(RepoPaths.File("contract-tests", "AtlasContract.Spec.Tests", "PactCheck", "Specs", "shop.yaml")));

    public static SpecDocument Document => Spec.Value;

    public static Dictionary<string, IReadOnlyList<string>> Map(params (string Name, string Value)[] pairs)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in pairs)
        {
            map[name] = map.TryGetValue(name, out var values) ? [.. values, value] : [value];
        }

        return map;
    }

    /// <summary>GET /items/{id} with the required header and credentials unless told otherwise.</summary>
    public static PactInteraction Item(
        string path = "/items/7",
        Dictionary<string, IReadOnlyList<string>>? query = null,
        Dictionary<string, IReadOnlyList<string>>? headers = null,
        int status = 204,
        Dictionary<string, IReadOnlyList<string>>? responseHeaders = null,
        JsonNode? body = null,
        string? contentType = null) =>
        new("an item", "GET", path, query ?? Map(), headers ?? Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"), ("Authorization", Bearer)),
            status, responseHeaders ?? Map(), body, contentType);

    /// <summary>POST /orders with a body.</summary>
    public static PactInteraction Order(string? body, string? contentType = "application/json", int status = 201, string credentials = Bearer) =>
        new("an order", "POST", "/orders", Map(), contentType is null ? Map(("Authorization", credentials)) : Map(("Content-Type", contentType), ("Authorization", credentials)),
            status, Map(), null, null, null, null, body is null ? null : JsonNode.Parse(body), null);

    /// <summary>POST /pets with a JSON body (no security).</summary>
    public static PactInteraction Pet(string body) =>
        new("a pet", "POST", "/pets", Map(), Map(("Content-Type", "application/json")), 201, Map(), null, null, null, null, JsonNode.Parse(body), null);

    /// <summary>The problems with their codes, "code: message".</summary>
    public static IReadOnlyList<string> Check(PactInteraction interaction) =>
        new PactVerifier(Document).Verify([interaction]).Select(p => $"{p.Code}: {p.Problem}").ToList();
}
