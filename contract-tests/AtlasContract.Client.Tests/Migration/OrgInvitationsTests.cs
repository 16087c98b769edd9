using System.Text.Json.Nodes;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Migration;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace AtlasContract.Client.Tests.Migration;

/// <summary>
/// The whole invitation workflow through the seam, as a team uses it: the same code, one option flipped, against a
/// stand-in Atlas that serves both the invitations API and the organization users API.
/// </summary>
public class OrgInvitationsTests
{
    private const string InvitationId = "5f2c1a8b9d3e4f0012345671";
    private const string PendingUserId = "5f4a1b2c3d4e5f6a7b8c9d01";
    private const string ActiveUserId = "5f4a1b2c3d4e5f6a7b8c9d02";
    private const string GroupId = "5f2c1a8b9d3e4f0012345672";
    private const string UsersMedia = "application/vnd.atlas.2025-02-19+json";

    private const string Invitation = $$"""
        {"id":"{{InvitationId}}","orgId":"{{Fixtures.OrgId}}","orgName":"Jane's Org","username":"jane@example.com","inviterUsername":"admin@example.com",
         "createdAt":"2025-05-04T09:42:00Z","expiresAt":"2025-06-03T09:42:00Z","roles":["ORG_MEMBER","ORG_FUTURE_ROLE"],"teamIds":["5f2c1a8b9d3e4f0012345673"],
         "groupRoleAssignments":[{"groupId":"{{GroupId}}","groupRole":"GROUP_READ_ONLY"},{"groupId":"{{GroupId}}","groupRole":"GROUP_DATA_ACCESS_READ_ONLY"}]}
        """;

    private const string PendingUser = $$$"""
        {"id":"{{{PendingUserId}}}","orgMembershipStatus":"PENDING","username":"jane@example.com","inviterUsername":"admin@example.com",
         "invitationCreatedAt":"2025-05-04T09:42:00Z","invitationExpiresAt":"2025-06-03T09:42:00Z","teamIds":["5f2c1a8b9d3e4f0012345673"],
         "roles":{"orgRoles":["ORG_MEMBER","ORG_FUTURE_ROLE"],"groupRoleAssignments":[{"groupId":"{{{GroupId}}}","groupRoles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"]}]}}
        """;

    private const string ActiveUser = $$$"""
        {"id":"{{{ActiveUserId}}}","orgMembershipStatus":"ACTIVE","username":"joe@example.com","createdAt":"2024-01-02T03:04:05Z",
         "roles":{"orgRoles":["ORG_OWNER"]}}
        """;

    /// <summary>Atlas as a loopback server: each API answers its own paths, by method.</summary>
    private static LoopbackServer Atlas() => new(r =>
    {
        var users = r.Path.Contains("/users", StringComparison.Ordinal);
        var one = !r.Path.EndsWith("/invites", StringComparison.Ordinal) && !r.Path.EndsWith("/users", StringComparison.Ordinal);
        return (r.Method, users, one) switch
        {
            ("DELETE", _, _) => new CannedResponse(204, string.Empty),
            ("GET", false, false) => new CannedResponse(200, $"[{Invitation}]"),
            (_, false, _) => new CannedResponse(200, Invitation),
            ("GET", true, false) => new CannedResponse(200, $$"""{"results":[{{PendingUser}}],"totalCount":1}""", UsersMedia),
            ("GET", true, true) when r.Path.EndsWith(ActiveUserId, StringComparison.Ordinal) => new CannedResponse(200, ActiveUser, UsersMedia),
            ("POST", true, _) => new CannedResponse(201, PendingUser, UsersMedia),
            _ => new CannedResponse(200, PendingUser, UsersMedia),
        };
    });

    private static ServiceProvider Provider(LoopbackServer server, PendingInvitationsApi api)
    {
        var services = new ServiceCollection();
        services.AddAtlasClients(o => o.BaseAddress = server.BaseUri);
        services.AddAtlasOrgInvitations(o => o.Api = api);
        return services.BuildServiceProvider();
    }

    private static readonly InvitationRoles Roles = new(
        [OrganizationRole.OrgMember, new OrganizationRole("ORG_FUTURE_ROLE")],
        [new ProjectRole(GroupId, "GROUP_READ_ONLY"), new ProjectRole(GroupId, "GROUP_DATA_ACCESS_READ_ONLY")]);

    /// <summary>The team's code: written once against the seam, never changed; returns what it read at each step.</summary>
    private static async Task<PendingInvitation[]> TeamCode(IServiceProvider provider)
    {
        var invitations = provider.GetRequiredService<IOrgInvitations>();
        var invited = await invitations.InviteAsync(Fixtures.OrgId, new NewInvitation("jane@example.com", Roles) { TeamIds = ["5f2c1a8b9d3e4f0012345673"] });
        var listed = (await invitations.ListAsync(Fixtures.OrgId, "jane@example.com")).Single();
        var read = await invitations.GetAsync(Fixtures.OrgId, listed.Id!);
        var updated = await invitations.UpdateRolesAsync(Fixtures.OrgId, read.Id!, new InvitationRoles([OrganizationRole.OrgGroupCreator]));
        await invitations.CancelAsync(Fixtures.OrgId, updated.Id!);
        return [invited, listed, read, updated];
    }

    private static string[] Calls(LoopbackServer server) => server.Requests.Select(r => $"{r.Method} {r.Path}").ToArray();

    private static JsonNode Body(LoopbackServer server, string method) => JsonNode.Parse(server.Requests.Single(r => r.Method == method).Body)!;

    [Test]
    public async Task TeamCode_InvitationsApi_CallsTheInvitationOperationsWithTheirBodies()
    {
        using var server = Atlas();
        using var provider = Provider(server, PendingInvitationsApi.ListOrgInvites);

        await TeamCode(provider);

        var invites = $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites";
        Assert.That(Calls(server), Is.EqualTo(new[] { $"POST {invites}", $"GET {invites}", $"GET {invites}/{InvitationId}", $"PATCH {invites}/{InvitationId}", $"DELETE {invites}/{InvitationId}" }));
        Assert.That(JsonNode.DeepEquals(Body(server, "POST"), JsonNode.Parse($$"""
            {"groupRoleAssignments":[{"groupId":"{{GroupId}}","roles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"]}],"roles":["ORG_MEMBER","ORG_FUTURE_ROLE"],
             "teamIds":["5f2c1a8b9d3e4f0012345673"],"username":"jane@example.com"}
            """)), Is.True, Body(server, "POST").ToJsonString());
        Assert.That(JsonNode.DeepEquals(Body(server, "PATCH"), JsonNode.Parse("""{"roles":["ORG_GROUP_CREATOR"],"groupRoleAssignments":[]}""")), Is.True, Body(server, "PATCH").ToJsonString());
    }

    [Test]
    public async Task TeamCode_UsersApi_CallsTheOrgUsersOperationsWithTheirBodies()
    {
        using var server = Atlas();
        using var provider = Provider(server, PendingInvitationsApi.ListOrgUsers);

        await TeamCode(provider);

        var users = $"/api/atlas/v2/orgs/{Fixtures.OrgId}/users";
        Assert.That(Calls(server), Is.EqualTo(new[] { $"POST {users}", $"GET {users}", $"GET {users}/{PendingUserId}", $"PATCH {users}/{PendingUserId}", $"GET {users}/{PendingUserId}", $"DELETE {users}/{PendingUserId}" }));
        Assert.That(server.Requests.ElementAt(1).Query, Does.Contain("orgMembershipStatuses=PENDING"));
        Assert.That(JsonNode.DeepEquals(Body(server, "POST"), JsonNode.Parse($$"""
            {"roles":{"groupRoleAssignments":[{"groupId":"{{GroupId}}","groupRoles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"]}],"orgRoles":["ORG_MEMBER","ORG_FUTURE_ROLE"]},
             "teamIds":["5f2c1a8b9d3e4f0012345673"],"username":"jane@example.com"}
            """)), Is.True, Body(server, "POST").ToJsonString());
        Assert.That(JsonNode.DeepEquals(Body(server, "PATCH"), JsonNode.Parse("""{"roles":{"orgRoles":["ORG_GROUP_CREATOR"],"groupRoleAssignments":[]}}""")), Is.True, Body(server, "PATCH").ToJsonString());
    }

    [Test]
    public async Task TeamCode_OptionFlipped_ReadsTheSameInvitationAtEveryStep()
    {
        using var server = Atlas();
        using var legacyProvider = Provider(server, PendingInvitationsApi.ListOrgInvites);
        using var replacementProvider = Provider(server, PendingInvitationsApi.ListOrgUsers);

        var legacy = await TeamCode(legacyProvider);
        var replacement = await TeamCode(replacementProvider);

        for (var step = 0; step < legacy.Length; step++)
        {
            var (old, now) = (legacy[step], replacement[step]);
            Assert.Multiple(() =>
            {
                Assert.That(now.Username, Is.EqualTo(old.Username), $"step {step}");
                Assert.That(now.OrgId, Is.EqualTo(old.OrgId), $"step {step}");
                Assert.That(now.InviterUsername, Is.EqualTo(old.InviterUsername), $"step {step}");
                Assert.That((now.CreatedAt, now.ExpiresAt), Is.EqualTo((old.CreatedAt, old.ExpiresAt)), $"step {step}");
                Assert.That(now.OrgRoles, Is.EqualTo(old.OrgRoles), $"step {step}: unknown roles kept on both");
                Assert.That(now.ProjectRoles, Is.EqualTo(old.ProjectRoles), $"step {step}");
                Assert.That(now.TeamIds, Is.EqualTo(old.TeamIds), $"step {step}");
                Assert.That(now.Status, Is.EqualTo(old.Status), $"step {step}");
                Assert.That((old.Id, now.Id), Is.EqualTo((InvitationId, PendingUserId)), $"step {step}: each API's own id");
            });
        }
    }

    [Test]
    public async Task CancelAsync_UsersApiUserAlreadyActive_ThrowsAndRemovesNobody()
    {
        using var server = Atlas();
        using var provider = Provider(server, PendingInvitationsApi.ListOrgUsers);
        var invitations = provider.GetRequiredService<IOrgInvitations>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => invitations.CancelAsync(Fixtures.OrgId, ActiveUserId));

        Assert.That(error!.Message, Does.Contain(ActiveUserId).And.Contain("ACTIVE").And.Contain("not removed"));
        Assert.That(server.Requests.Select(r => r.Method), Is.EqualTo(new[] { "GET" }));
    }

    [Test]
    public async Task GetAsync_UsersApiActiveUser_ReadsItAsActiveWithoutInvitationDates()
    {
        using var server = Atlas();
        using var provider = Provider(server, PendingInvitationsApi.ListOrgUsers);

        var user = await provider.GetRequiredService<IOrgInvitations>().GetAsync(Fixtures.OrgId, ActiveUserId);

        Assert.That((user.Status, user.CreatedAt, user.ExpiresAt, user.Username), Is.EqualTo((OrgMembershipStatus.Active, (DateTimeOffset?)null, (DateTimeOffset?)null, "joe@example.com")));
    }

    [TestCase(PendingInvitationsApi.ListOrgInvites, typeof(InvitesApiOrgInvitations))]
    [TestCase(PendingInvitationsApi.ListOrgUsers, typeof(UsersApiOrgInvitations))]
    public void AddAtlasOrgInvitations_OneOption_ServesBothSeamsFromTheSameApi(PendingInvitationsApi api, Type implementation)
    {
        using var server = Atlas();
        using var provider = Provider(server, api);

        var workflow = provider.GetRequiredService<IOrgInvitations>();
        var pending = provider.GetRequiredService<IPendingInvitations>();

        Assert.That((workflow.GetType(), pending.GetType()), Is.EqualTo((implementation, implementation)));
        Assert.That((workflow.Api, pending.Api), Is.EqualTo((api, api)));
    }
}
