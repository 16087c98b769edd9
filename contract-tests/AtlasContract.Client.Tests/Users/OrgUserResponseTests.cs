using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Users;

/// <summary>The discriminated union (orgMembershipStatus) read through the generated client from a real HTTP response.</summary>
public class OrgUserResponseTests
{
    private static async Task<IReadOnlyList<OrgUserResponse>> Read()
    {
        using var server = new LoopbackServer(new CannedResponse(200, Fixtures.Read("v2-org-users.json"), OrgUsersTestServer.MediaType));
        var page = await new AtlasOrgUsersClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri }).ListOrgUsersAsync(Fixtures.OrgId);
        return page.Results.ToList();
    }

    [Test]
    public async Task ListOrgUsersAsync_PendingUser_ReadsThePendingShape()
    {
        var user = (await Read())[0];

        Assert.That(user, Is.TypeOf<OrgPendingUserResponse>());
        var pending = (OrgPendingUserResponse)user;
        Assert.Multiple(() =>
        {
            Assert.That(pending.OrgMembershipStatus, Is.EqualTo(OrgMembershipStatus.Pending));
            Assert.That(pending.Id, Is.EqualTo("5f4a1b2c3d4e5f6a7b8c9d01"));
            Assert.That(pending.InvitationCreatedAt, Is.EqualTo(new DateTimeOffset(2026, 5, 4, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(pending.InvitationExpiresAt, Is.EqualTo(new DateTimeOffset(2026, 6, 3, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(pending.InviterUsername, Is.EqualTo("owner@example.com"));
            Assert.That(pending.Roles.OrgRoles, Is.EqualTo(new[] { OrganizationRole.OrgMember, new OrganizationRole("ORG_FUTURE_ROLE") }));
            Assert.That(pending.Roles.GroupRoleAssignments!.Single().GroupRoles, Is.EqualTo(new[] { "GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY" }));
            Assert.That(pending.TeamIds, Is.EqualTo(new[] { "6a7b8c9d0e1f2a3b4c5d6e7f" }));
        });
    }

    [Test]
    public async Task ListOrgUsersAsync_ActiveUser_ReadsTheActiveShape()
    {
        var user = (await Read())[1];

        Assert.That(user, Is.TypeOf<OrgActiveUserResponse>());
        var active = (OrgActiveUserResponse)user;
        Assert.That(active.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(active.FirstName, Is.EqualTo("Ada"));
        Assert.That(active.OrgMembershipStatus, Is.EqualTo(OrgMembershipStatus.Active));
    }

    [Test]
    public async Task ListOrgUsersAsync_ExpiredAndRejected_ReadThePendingShapeWithTheirStatus()
    {
        var users = await Read();

        Assert.That(users[2], Is.TypeOf<OrgExpiredInvitationUserResponse>().And.InstanceOf<OrgPendingUserResponse>());
        Assert.That(users[2].OrgMembershipStatus, Is.EqualTo(OrgMembershipStatus.InvitationExpired));
        Assert.That(users[3], Is.TypeOf<OrgRejectedInvitationUserResponse>().And.InstanceOf<OrgPendingUserResponse>());
        Assert.That(((OrgPendingUserResponse)users[3]).InvitationExpiresAt, Is.Null);
        Assert.That(users[3].OrgMembershipStatus, Is.EqualTo(OrgMembershipStatus.InvitationRejected));
    }

    [Test]
    public async Task ListOrgUsersAsync_UnknownStatus_KeepsTheStatusAndEveryFieldOnTheBaseType()
    {
        var user = (await Read())[4];

        Assert.That(user.GetType(), Is.EqualTo(typeof(OrgUserResponse)));
        Assert.That(user.OrgMembershipStatus, Is.EqualTo(new OrgMembershipStatus("SUSPENDED")));
        Assert.That(user.Username, Is.EqualTo("future@example.com"));
        Assert.That(user.AdditionalProperties, Contains.Key("suspendedAt"));
    }
}
