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

    /// <summary>A pending user of listOrgUsers 2025-02-19 (the spec's pending shape, with realistic values).</summary>
    private const string PendingUserSeed = """
        { "id": "5f2c1a8b9d3e4f0012345674", "orgMembershipStatus": "PENDING", "username": "hello@example.com",
          "inviterUsername": "owner@example.com", "invitationCreatedAt": "2025-05-04T09:42:00Z", "invitationExpiresAt": "2025-06-03T09:42:00Z",
          "roles": { "orgRoles": [ "ORG_MEMBER" ], "groupRoleAssignments": [ { "groupId": "32b6e34b3d91647abb20e7b8", "groupRoles": [ "GROUP_READ_ONLY" ] } ] },
          "teamIds": [ "6a7b8c9d0e1f2a3b4c5d6e7f" ] }
        """;

    private readonly Func<JsonObject, JsonObject> _variant;
    private readonly Func<JsonObject, JsonNode> _page;
    private readonly string? _mediaType;
    private readonly LoopbackServer _server;
    private string _state = string.Empty;

    /// <param name="variant">Applied to every invitation (or listOrgUsers user) served (the identity for the honest provider).</param>
    /// <param name="mediaType">Replaces the Content-Type of successful v2 responses.</param>
    /// <param name="page">Applied to each listOrgUsers page (the identity for the honest provider).</param>
    public SeedProvider(Func<JsonObject, JsonObject>? variant = null, string? mediaType = null, Func<JsonObject, JsonNode>? page = null)
    {
        _variant = variant ?? (i => i);
        _page = page ?? (p => p);
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

        if (request.Path.EndsWith("/users", StringComparison.Ordinal))
        {
            return new CannedResponse(200, _page(UsersPage(request.Query)).ToJsonString(), _mediaType ?? AtlasShapes.UsersMedia);
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

    /// <summary>
    /// listOrgUsers' page for the current state: "N pending users" (else 2: one pending user, one with the active
    /// shape's fields, newer roles and a field Atlas adds later), sliced by itemsPerPage and pageNum.
    /// </summary>
    private JsonObject UsersPage(string query)
    {
        var username = Query(query, "username");
        var count = _state.Contains("no pending users", StringComparison.Ordinal) ? 0
            : username is not null ? 1
            : System.Text.RegularExpressions.Regex.Match(_state, @"has (\d+) pending users") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 2;
        var size = int.Parse(Query(query, "itemsPerPage") ?? "100", System.Globalization.CultureInfo.InvariantCulture);
        var pageNum = int.Parse(Query(query, "pageNum") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var results = new JsonArray();
        foreach (var n in Enumerable.Range(0, count).Skip((pageNum - 1) * size).Take(size))
        {
            var user = JsonNode.Parse(PendingUserSeed)!.AsObject();
            user["username"] = username ?? $"user{n}@example.com";
            if (n == 1)
            {
                user["roles"]!["orgRoles"] = new JsonArray("ORG_BILLING_READ_ONLY", "ORG_ROLE_ADDED_IN_2031");
                user["firstName"] = "Ada";
                user["lastName"] = "Lovelace";
                user["country"] = "GB";
                user["someFieldAtlasAddsLater"] = new JsonObject { ["nested"] = true };
            }

            results.Add(_variant(user));
        }

        return new JsonObject { ["links"] = new JsonArray(new JsonObject { ["href"] = "https://cloud.mongodb.com/api/atlas", ["rel"] = "self" }), ["results"] = results, ["totalCount"] = count };
    }

    private static string? Query(string query, string name) => query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)).FirstOrDefault();

    public void Dispose() => _server.Dispose();
}
