using System.Text.Json.Nodes;
using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Provider;

/// <summary>
/// A stand-in Atlas on 127.0.0.1 for the provider self-check: answers the pacts' provider states (through
/// the verifier's state-change calls) with the seeds' example responses, optionally altered by a variant.
/// </summary>
internal sealed class SeedProvider : IDisposable
{
    public const string StatePath = "/_pact/provider-states";

    /// <summary>The v2 reference page's example invitation (seeds 000–002).</summary>
    private const string V2Seed = """
        { "createdAt": "2025-05-04T09:42:00Z", "expiresAt": "2025-05-04T09:42:00Z",
          "groupRoleAssignments": [ { "groupId": "32b6e34b3d91647abb20e7b8", "groupRole": "GROUP_BACKUP_MANAGER" } ],
          "id": "32b6e34b3d91647abb20e7b8", "inviterUsername": "hello@example.com",
          "links": [ { "href": "https://cloud.mongodb.com/api/atlas", "rel": "self" } ],
          "orgId": "32b6e34b3d91647abb20e7b8", "orgName": "string", "roles": [ "ORG_OWNER" ], "teamIds": [ "string" ],
          "username": "hello@example.com" }
        """;

    /// <summary>The Cloud Manager page's example invitation (seed 003), with real 24-hex ids for its placeholders.</summary>
    private const string V1Seed = """
        { "createdAt": "2021-02-18T18:51:46Z", "expiresAt": "2021-03-20T18:51:46Z", "id": "5f2c1a8b9d3e4f0012345671",
          "inviterUsername": "admin@example.com", "orgId": "32b6e34b3d91647abb20e7b8", "orgName": "ORG-NAME",
          "roles": [ "GROUP_OWNER" ], "teamIds": [], "username": "jane.smith@example.com" }
        """;

    private readonly Func<JsonObject, JsonObject> _variant;
    private readonly string? _mediaType;
    private readonly LoopbackServer _server;
    private string _state = string.Empty;

    /// <param name="variant">Applied to every invitation served (the identity for the honest provider).</param>
    /// <param name="mediaType">Replaces the Content-Type of successful v2 responses.</param>
    public SeedProvider(Func<JsonObject, JsonObject>? variant = null, string? mediaType = null)
    {
        _variant = variant ?? (i => i);
        _mediaType = mediaType;
        _server = new LoopbackServer(Answer);
    }

    public int Port => _server.Port;

    private CannedResponse Answer(RecordedRequest request)
    {
        if (request.Method == "POST" && request.Path == StatePath)
        {
            _state = JsonNode.Parse(request.Body)?["state"]?.ToString() ?? string.Empty;
            return new CannedResponse(200, "{}", "application/json");
        }

        var v2 = request.Path.StartsWith("/api/atlas/v2/", StringComparison.Ordinal);
        var media = v2 ? _mediaType ?? AtlasShapes.V2Media : "application/json";
        if (AtlasShapes.Errors.FirstOrDefault(e => e.State == _state) is { Status: > 0 } error)
        {
            var body = new JsonObject { ["error"] = error.Status, ["detail"] = "(This is just an example, the exception may not be related to this endpoint)", ["reason"] = error.Reason, ["errorCode"] = error.ErrorCode };
            var headers = error.Status == 429 ? new Dictionary<string, string> { ["Retry-After"] = "30" } : null;
            return new CannedResponse(error.Status, body.ToJsonString(), "application/json", headers);
        }

        var invitations = new JsonArray();
        if (!_state.Contains("no pending invitations", StringComparison.Ordinal))
        {
            var seed = JsonNode.Parse(v2 ? V2Seed : V1Seed)!.AsObject();
            var username = Query(request.Query, "username");
            if (username is not null)
            {
                seed["username"] = username;
            }

            invitations.Add(_variant(seed));
            if (username is null)
            {
                var another = _variant(JsonNode.Parse(v2 ? V2Seed : V1Seed)!.AsObject());
                another["roles"] = new JsonArray("ORG_BILLING_READ_ONLY", "ORG_ROLE_ADDED_IN_2031");
                another["someFieldAtlasAddsLater"] = new JsonObject { ["nested"] = true };
                invitations.Add(another);
            }
        }

        var enveloped = Query(request.Query, "envelope") == "true";
        return new CannedResponse(200, enveloped ? new JsonObject { ["status"] = 200, ["content"] = invitations }.ToJsonString() : invitations.ToJsonString(), media);
    }

    private static string? Query(string query, string name) => query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)).FirstOrDefault();

    public void Dispose() => _server.Dispose();
}
