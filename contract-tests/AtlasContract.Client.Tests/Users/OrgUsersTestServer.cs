using System.Text.Json.Nodes;
using System.Web;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Users;

/// <summary>A loopback listOrgUsers serving <c>total</c> pending users in pages of the requested size.</summary>
internal static class OrgUsersTestServer
{
    public const string MediaType = "application/vnd.atlas.2025-02-19+json";

    public static string PendingUser(int n) => $$$"""
        {"id":"{{{n:x24}}}","orgMembershipStatus":"PENDING","username":"user{{{n}}}@example.com","inviterUsername":"owner@example.com",
         "invitationCreatedAt":"2026-05-04T09:42:00Z","invitationExpiresAt":"2026-06-03T09:42:00Z","roles":{"orgRoles":["ORG_MEMBER"]}}
        """;

    public static string Page(IEnumerable<int> users, int? totalCount) =>
        "{\"links\":[],\"results\":[" + string.Join(",", users.Select(PendingUser)) + "]" + (totalCount is { } t ? $",\"totalCount\":{t}" : string.Empty) + "}";

    /// <summary>Pages of the requested size over users 1..total; totalCount sent only when <paramref name="withCount"/>.</summary>
    public static LoopbackServer Serving(int total, bool withCount = true) => new(request =>
    {
        var query = HttpUtility.ParseQueryString(request.Query);
        var size = int.Parse(query["itemsPerPage"] ?? "100");
        var page = int.Parse(query["pageNum"] ?? "1");
        var users = Enumerable.Range(1, total).Skip((page - 1) * size).Take(size);
        return new CannedResponse(200, Page(users, withCount ? total : null), MediaType);
    });

    public static int PageNum(RecordedRequest request) => int.Parse(HttpUtility.ParseQueryString(request.Query)["pageNum"]!);

    public static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
