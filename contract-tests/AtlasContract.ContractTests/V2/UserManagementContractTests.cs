using AtlasContract.Client.DependencyInjection;
using System.Text.Json.Nodes;
using AtlasContract.Client.UserManagement;
using AtlasContract.Client;
using AtlasContract.Client.V2;
using AtlasContract.Pact;
using static AtlasContract.ContractTests.AtlasShapes;

namespace AtlasContract.ContractTests.V2;

/// <summary>
/// The replacements of the invitation operations (createOrgUser invites, getOrgUser reads, updateOrgUser changes
/// roles, removeOrgUser deletes a pending user) through the generated client; requests with bodies.
/// </summary>
public class UserManagementContractTests
{
    private const string Path = "/api/atlas/v2/orgs/" + OrgId + "/users";
    private const string UserId = "5f2c1a8b9d3e4f0012345674";

    private static AtlasUserManagementClient Client(Uri uri) => new(Http(V2Credentials), new AtlasClientOptions { BaseAddress = uri });

    private static void Returns(InteractionBuilder request, int status) =>
        request.WillRespond().WithStatus(status).WithHeader("Content-Type", MediaType(UsersMedia)).WithJsonBody(PendingUser(), UsersMedia);

    [Test]
    public async Task CreateOrgUserAsync_UsernameAndRole_InvitesAndReadsThePendingUser()
    {
        var pact = Pacts.For(Pacts.UserManagementProvider);
        Returns(pact.UponReceiving("a request to add a user to the organization").Given($"organization {OrgId} exists")
            .WithRequest("POST", Path).WithHeader("Accept", UsersMedia).WithHeader("Authorization", Credentials(V2Credentials))
            .WithJsonBody(new JsonObject { ["roles"] = new JsonObject { ["orgRoles"] = new JsonArray("ORG_MEMBER") }, ["username"] = "jane.smith@example.com" }, UsersMedia), 201);

        await pact.VerifyAsync(async uri =>
        {
            var user = await Client(uri).CreateOrgUserAsync(OrgId, new OrgUserRequest
            {
                Roles = new OrgUserRolesRequest { OrgRoles = [OrganizationRole.OrgMember] },
                Username = "jane.smith@example.com",
            });

            Assert.That(user, Is.InstanceOf<OrgPendingUserResponse>(), "chosen by orgMembershipStatus, with no hand-written setting");
            Assert.That(user.Id, Is.EqualTo(UserId));
            Assert.That(user.OrgMembershipStatus, Is.EqualTo(OrgMembershipStatus.Pending));
        });
    }

    [Test]
    public async Task GetOrgUserAsync_PendingUser_ReadsTheInvitationDates()
    {
        var pact = Pacts.For(Pacts.UserManagementProvider);
        Returns(pact.UponReceiving("a request for one pending user").Given($"organization {OrgId} has pending user {UserId}")
            .WithRequest("GET", Path + "/" + UserId).WithHeader("Accept", UsersMedia).WithHeader("Authorization", Credentials(V2Credentials)), 200);

        await pact.VerifyAsync(async uri =>
        {
            var user = (OrgPendingUserResponse)await Client(uri).GetOrgUserAsync(OrgId, UserId);

            Assert.That(user.InvitationExpiresAt, Is.EqualTo(new DateTimeOffset(2025, 6, 3, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(user.Roles.OrgRoles, Is.EqualTo(new[] { OrganizationRole.OrgMember }));
        });
    }

    [Test]
    public async Task UpdateOrgUserAsync_NewRole_SendsOnlyTheRoles()
    {
        var pact = Pacts.For(Pacts.UserManagementProvider);
        Returns(pact.UponReceiving("a request to change the roles of one pending user").Given($"organization {OrgId} has pending user {UserId}")
            .WithRequest("PATCH", Path + "/" + UserId).WithHeader("Accept", UsersMedia).WithHeader("Authorization", Credentials(V2Credentials))
            .WithJsonBody(new JsonObject { ["roles"] = new JsonObject { ["orgRoles"] = new JsonArray("ORG_GROUP_CREATOR") } }, UsersMedia), 200);

        await pact.VerifyAsync(async uri =>
        {
            var user = await Client(uri).UpdateOrgUserAsync(OrgId, UserId, new OrgUserUpdateRequest
            {
                Roles = new OrgUserRolesRequest { OrgRoles = [OrganizationRole.OrgGroupCreator] },
            });

            Assert.That(user.Id, Is.EqualTo(UserId));
        });
    }

    [Test]
    public async Task RemoveOrgUserAsync_PendingUser_Succeeds()
    {
        var pact = Pacts.For(Pacts.UserManagementProvider);
        pact.UponReceiving("a request to remove one pending user").Given($"organization {OrgId} has pending user {UserId}")
            .WithRequest("DELETE", Path + "/" + UserId).WithHeader("Accept", UsersMedia).WithHeader("Authorization", Credentials(V2Credentials))
            .WillRespond().WithStatus(204);

        await pact.VerifyAsync(async uri =>
        {
            var response = await Client(uri).RemoveOrgUserWithResponseAsync(OrgId, UserId);

            Assert.That(response.Info.StatusCode, Is.EqualTo(204));
        });
    }
}
