using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Migration;
using AtlasContract.Client.Tests.Users;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace AtlasContract.Client.Tests.Migration;

/// <summary>The seam as a team uses it: the same code, one option flipped, the same invitation on both sides.</summary>
public class PendingInvitationsTests
{
    private const string Pending = """
        {"id":"5f4a1b2c3d4e5f6a7b8c9d01","orgMembershipStatus":"PENDING","username":"hello@example.com","inviterUsername":"hello@example.com",
         "invitationCreatedAt":"2025-05-04T09:42:00Z","invitationExpiresAt":"2025-05-04T09:42:00Z","teamIds":["string"],
         "roles":{"orgRoles":["ORG_OWNER"],"groupRoleAssignments":[{"groupId":"32b6e34b3d91647abb20e7b8","groupRoles":["GROUP_BACKUP_MANAGER"]}]}}
        """;

    /// <summary>Atlas as a loopback server: the legacy invitations and the same invitation as a pending user.</summary>
    private static LoopbackServer Atlas() => new(r => r.Path.EndsWith("/invites", StringComparison.Ordinal)
        ? new CannedResponse(200, Fixtures.Read("v2-invitations.json"))
        : new CannedResponse(200, $$"""{"results":[{{Pending}}],"totalCount":1}""", OrgUsersTestServer.MediaType));

    private static ServiceProvider Provider(LoopbackServer server, PendingInvitationsApi api)
    {
        var services = new ServiceCollection();
        services.AddAtlasInvitationsClient(o => o.BaseAddress = server.BaseUri);
        services.AddAtlasPendingInvitations(o => o.Api = api);
        return services.BuildServiceProvider();
    }

    /// <summary>The team's code: written once against the seam, never changed.</summary>
    private static Task<IReadOnlyList<PendingInvitation>> TeamCode(IServiceProvider provider) =>
        provider.GetRequiredService<IPendingInvitations>().ListAsync(Fixtures.OrgId, "hello@example.com");

    [Test]
    public async Task ListAsync_OptionFlipped_SameTeamCodeReadsTheSameInvitationFromListOrgUsers()
    {
        using var server = Atlas();
        using var legacyProvider = Provider(server, PendingInvitationsApi.ListOrgInvites);
        using var replacementProvider = Provider(server, PendingInvitationsApi.ListOrgUsers);

        var legacy = (await TeamCode(legacyProvider)).Single();
        var replacement = (await TeamCode(replacementProvider)).Single();

        Assert.That(server.Requests.Select(r => r.Path), Is.EqualTo(new[] { $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites", $"/api/atlas/v2/orgs/{Fixtures.OrgId}/users" }));
        Assert.That(server.Requests.Last().Query, Does.Contain("orgMembershipStatuses=PENDING").And.Contain("username=hello%40example.com"));
        Assert.Multiple(() =>
        {
            Assert.That(replacement.Username, Is.EqualTo(legacy.Username));
            Assert.That(replacement.OrgId, Is.EqualTo(legacy.OrgId));
            Assert.That(replacement.InviterUsername, Is.EqualTo(legacy.InviterUsername));
            Assert.That(replacement.CreatedAt, Is.EqualTo(legacy.CreatedAt));
            Assert.That(replacement.ExpiresAt, Is.EqualTo(legacy.ExpiresAt));
            Assert.That(replacement.OrgRoles, Is.EqualTo(legacy.OrgRoles));
            Assert.That(replacement.ProjectRoles, Is.EqualTo(legacy.ProjectRoles));
            Assert.That(replacement.TeamIds, Is.EqualTo(legacy.TeamIds));
            Assert.That(replacement.Status, Is.EqualTo(legacy.Status));
        });
    }

    [Test]
    public async Task ListAsync_ListOrgUsers_LeavesInvitationIdAndOrgNameEmptyAndGivesTheUserId()
    {
        using var server = Atlas();
        using var legacyProvider = Provider(server, PendingInvitationsApi.ListOrgInvites);
        using var replacementProvider = Provider(server, PendingInvitationsApi.ListOrgUsers);

        var legacy = (await TeamCode(legacyProvider)).Single();
        var replacement = (await TeamCode(replacementProvider)).Single();

        Assert.That((legacy.InvitationId, legacy.OrgName, legacy.UserId), Is.EqualTo(("32b6e34b3d91647abb20e7b8", "string", (string?)null)));
        Assert.That((replacement.InvitationId, replacement.OrgName, replacement.UserId), Is.EqualTo(((string?)null, (string?)null, "5f4a1b2c3d4e5f6a7b8c9d01")));
        Assert.That((legacy.Source, replacement.Source), Is.EqualTo((PendingInvitationsApi.ListOrgInvites, PendingInvitationsApi.ListOrgUsers)));
    }

    [Test]
    public async Task ListAsync_ListOrgUsersOverSeveralPages_ReturnsEveryPendingUser()
    {
        using var server = OrgUsersTestServer.Serving(total: 5);
        var seam = new ListOrgUsersPendingInvitations(new AtlasOrgUsersClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri }), pageSize: 2);

        var invitations = await seam.ListAsync(Fixtures.OrgId);

        Assert.That(invitations.Select(i => i.Username), Is.EqualTo(Enumerable.Range(1, 5).Select(n => $"user{n}@example.com")));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task ListAsync_ListOrgUsersServingOtherStatuses_KeepsOnlyPendingUsers()
    {
        using var server = new LoopbackServer(new CannedResponse(200, Fixtures.Read("v2-org-users.json"), OrgUsersTestServer.MediaType));
        var seam = new ListOrgUsersPendingInvitations(new AtlasOrgUsersClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri }));

        var invitations = await seam.ListAsync(Fixtures.OrgId);

        Assert.That(invitations.Select(i => i.Username), Is.EqualTo(new[] { "pending@example.com" }));
        Assert.That(invitations[0].OrgRoles, Does.Contain(new OrganizationRole("ORG_FUTURE_ROLE")), "unknown roles are carried over");
        Assert.That(invitations[0].ProjectRoles.Select(p => p.ToString()), Is.EqualTo(new[] { "32b6e34b3d91647abb20e7b8:GROUP_READ_ONLY", "32b6e34b3d91647abb20e7b8:GROUP_DATA_ACCESS_READ_ONLY" }));
    }
}
