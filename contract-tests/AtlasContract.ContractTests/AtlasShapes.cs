using System.Text.Json.Nodes;
using AtlasContract.Pact;

namespace AtlasContract.ContractTests;

/// <summary>
/// What the client reads from Atlas, as matchers: any valid Atlas response passes (other ids and dates, more
/// items, extra fields, roles the fixtures never used); a dropped field, a changed type, an id that is not
/// 24 hex digits or another media type fails. Names and display strings get type matchers (Atlas names an
/// organization "Jane's Org - 2024-06-11", whatever the spec's pattern says); a regex only where the client itself
/// depends on a format (ids, timestamps it parses) and the spec promises it, so verify-pact finds no brittle matcher.
/// </summary>
internal static class AtlasShapes
{
    public const string OrgId = "32b6e34b3d91647abb20e7b8";
    public const string V2Media = "application/vnd.atlas.2023-01-01+json";

    /// <summary>listOrgUsers' version that serves pending users.</summary>
    public const string UsersMedia = "application/vnd.atlas.2025-02-19+json";
    public const string Hex24 = "^[a-f0-9]{24}$";
    public const string Email = @"^[^@\s]+@[^@\s]+$";

    /// <summary>
    /// ISO 8601 in UTC or with an offset, fractions allowed (the datetime matcher has none); months, days, hours,
    /// minutes and seconds in range, so that every value it admits is a date-time the spec allows.
    /// </summary>
    public const string Timestamp = @"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,7})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";

    /// <summary>Role names Atlas has and will add: upper-case words joined by underscores.</summary>
    public const string RoleName = "^[A-Z][A-Z0-9_]*$";

    /// <summary>
    /// The credentials the clients send in the contract tests: placeholders, never secrets (the pacts are committed).
    /// The operations require them (service account bearer token or digest), so every interaction carries one; the
    /// provider verification replaces them with real ones.
    /// </summary>
    public const string V2Credentials = "Bearer <service-account-access-token>";

    /// <summary>Cloud Manager v1.0 takes HTTP digest only.</summary>
    public const string V1Credentials = "Digest <digest-response>";

    /// <summary>Any credentials of the placeholder's scheme.</summary>
    public static JsonNode Credentials(string placeholder) =>
        Match.Regex(placeholder, "^" + placeholder[..placeholder.IndexOf(' ', StringComparison.Ordinal)] + " .+$");

    /// <summary>An HttpClient that sends <paramref name="credentials"/> with every request, as the client's auth handler would.</summary>
    public static HttpClient Http(string credentials)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", credentials);
        return http;
    }

    public static JsonNode MediaType(string media) =>
        Match.Regex(media, "^" + System.Text.RegularExpressions.Regex.Escape(media) + @"(\s*;.*)?$");

    public static JsonObject Invitation(string username = "jane.smith@example.com", bool exactUsername = false) => new()
    {
        ["createdAt"] = Match.Regex("2025-05-04T09:42:00Z", Timestamp),
        ["expiresAt"] = Match.Regex("2025-06-03T09:42:00Z", Timestamp),
        ["groupRoleAssignments"] = Match.EachLike(new JsonObject
        {
            ["groupId"] = Match.Regex("5f2c1a8b9d3e4f0012345672", Hex24),
            ["groupRole"] = Match.Type("GROUP_BACKUP_MANAGER"),
        }, min: 0),
        ["id"] = Match.Regex("5f2c1a8b9d3e4f0012345671", Hex24),
        ["inviterUsername"] = Match.Regex("admin@example.com", Email),
        ["links"] = Match.EachLike(new JsonObject { ["href"] = Match.Type("https://cloud.mongodb.com/api/atlas"), ["rel"] = Match.Type("self") }, min: 0),
        ["orgId"] = Match.Regex(OrgId, Hex24),
        ["orgName"] = Match.Type("Example-Org"),
        ["roles"] = Match.EachLike(Match.Regex("ORG_MEMBER", RoleName), min: 0),
        ["teamIds"] = Match.EachLike(Match.Type("5f2c1a8b9d3e4f0012345673"), min: 0),
        ["username"] = exactUsername ? Match.Equality(JsonValue.Create(username)!) : Match.Regex(username, Email),
    };

    /// <summary>The v1.0 invitation: the fields of the Cloud Manager documentation's example.</summary>
    public static JsonObject V1Invitation(string username = "jane.smith@example.com", bool exactUsername = false) => new()
    {
        ["createdAt"] = Match.Type("2021-02-18T18:51:46Z"),
        ["expiresAt"] = Match.Type("2021-03-20T18:51:46Z"),
        ["id"] = Match.Regex("5f2c1a8b9d3e4f0012345671", Hex24),
        ["inviterUsername"] = Match.Type("admin@example.com"),
        ["orgId"] = Match.Regex(OrgId, Hex24),
        ["orgName"] = Match.Type("Example-Org"),
        ["roles"] = Match.EachLike(Match.Type("GROUP_OWNER"), min: 0),
        ["teamIds"] = Match.EachLike(Match.Type("5f2c1a8b9d3e4f0012345673"), min: 0),
        ["username"] = exactUsername ? Match.Equality(JsonValue.Create(username)!) : Match.Type(username),
    };

    /// <summary>
    /// A pending user of listOrgUsers (the fields the migration seam reads): the pending shape's required fields,
    /// the invitation dates, and the organization roles as an object (<c>roles.orgRoles</c>), never a flat list.
    /// </summary>
    public static JsonObject PendingUser(string username = "jane.smith@example.com", bool exactUsername = false) => new()
    {
        ["id"] = Match.Regex("5f2c1a8b9d3e4f0012345674", Hex24),
        ["invitationCreatedAt"] = Match.Regex("2025-05-04T09:42:00Z", Timestamp),
        ["invitationExpiresAt"] = Match.Regex("2025-06-03T09:42:00Z", Timestamp),
        ["inviterUsername"] = Match.Regex("admin@example.com", Email),
        ["orgMembershipStatus"] = Match.Equality(JsonValue.Create("PENDING")!),
        ["roles"] = new JsonObject { ["orgRoles"] = Match.EachLike(Match.Regex("ORG_MEMBER", RoleName), min: 0) },
        ["username"] = exactUsername ? Match.Equality(JsonValue.Create(username)!) : Match.Regex(username, Email),
    };

    /// <summary>
    /// listOrgUsers' paginated envelope around <paramref name="user"/> (at least <paramref name="min"/> of them).
    /// <c>totalCount</c> is left out: it is optional (includeCount), the walk also ends on a short page, and the
    /// core's integer matcher would admit -1, which the spec's <c>minimum: 0</c> refuses.
    /// </summary>
    public static JsonObject UsersPage(JsonObject user, int min) => new()
    {
        ["links"] = Match.EachLike(new JsonObject { ["href"] = Match.Type("https://cloud.mongodb.com/api/atlas"), ["rel"] = Match.Type("self") }, min: 0),
        ["results"] = Match.EachLike(user, min: min),
    };

    public static JsonObject ApiError(int status, string errorCode, string reason) => new()
    {
        ["detail"] = Match.Type("(This is just an example, the exception may not be related to this endpoint)"),
        ["error"] = Match.Equality(JsonValue.Create(status)!),
        ["errorCode"] = Match.Type(errorCode),
        ["reason"] = Match.Type(reason),
    };

    /// <summary>The error statuses of the spec, the provider state that produces each, and the seed's error code.</summary>
    public static IEnumerable<(int Status, string State, string ErrorCode, string Reason)> Errors =>
    [
        (400, "the username filter is not a valid email address", "VALIDATION_ERROR", "Bad Request"),
        (401, "the request carries no valid credentials", "NOT_ORG_GROUP_CREATOR", "Unauthorized"),
        (403, "the API key lacks the Organization Owner role", "CANNOT_CHANGE_GROUP_NAME", "Forbidden"),
        (404, $"organization {OrgId} does not exist", "RESOURCE_NOT_FOUND", "Not Found"),
        (429, "the rate limit is exhausted", "RATE_LIMITED", "Too Many Requests"),
        (500, "Atlas fails unexpectedly", "UNEXPECTED_ERROR", "Internal Server Error"),
    ];
}
