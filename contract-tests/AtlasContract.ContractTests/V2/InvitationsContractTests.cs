using AtlasContract.Client.DependencyInjection;
using System.Text.Json.Nodes;
using AtlasContract.Client.OrgInvitations;
using AtlasContract.Client;
using AtlasContract.Client.V2;
using AtlasContract.Pact;
using static AtlasContract.ContractTests.AtlasShapes;

#pragma warning disable CS0618 // the invitation operations are deprecated by Atlas (sunset 2027-07-01): these pacts guard them until then

namespace AtlasContract.ContractTests.V2;

/// <summary>
/// The rest of the deprecated invitation workflow through the generated client (no hand-written C# in the
/// client): create, read, update and delete one invitation. The requests carry bodies; the pact holds them.
/// </summary>
public class InvitationsContractTests
{
    private const string Path = "/api/atlas/v2/orgs/" + OrgId + "/invites";
    private const string InvitationId = "5f2c1a8b9d3e4f0012345671";

    private static AtlasOrgInvitationsClient Client(Uri uri) => new(Http(V2Credentials), new AtlasClientOptions { BaseAddress = uri });

    private static void Returns(InteractionBuilder request) =>
        request.WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(V2Media)).WithJsonBody(Invitation(), V2Media);

    [Test]
    public async Task CreateOrgInviteAsync_UsernameAndRole_SendsTheInvitationAndReadsIt()
    {
        var pact = Pacts.For(Pacts.InvitationsProvider);
        Returns(pact.UponReceiving("a request to invite a user").Given($"organization {OrgId} exists")
            .WithRequest("POST", Path).WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials))
            .WithJsonBody(new JsonObject { ["roles"] = new JsonArray("ORG_MEMBER"), ["username"] = "jane.smith@example.com" }, V2Media));

        await pact.VerifyAsync(async uri =>
        {
            var invitation = await Client(uri).CreateOrgInviteAsync(OrgId, new OrganizationInvitationRequest
            {
                Roles = [OrganizationRole.OrgMember],
                Username = "jane.smith@example.com",
            });

            Assert.That(invitation.Id, Is.EqualTo(InvitationId));
            Assert.That(invitation.Roles, Is.EqualTo(new[] { OrganizationRole.OrgMember }));
        });
    }

    [Test]
    public async Task GetOrgInviteAsync_ExistingInvitation_ReadsIt()
    {
        var pact = Pacts.For(Pacts.InvitationsProvider);
        Returns(pact.UponReceiving("a request for one invitation").Given($"organization {OrgId} has invitation {InvitationId}")
            .WithRequest("GET", Path + "/" + InvitationId).WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials)));

        await pact.VerifyAsync(async uri =>
        {
            var invitation = await Client(uri).GetOrgInviteAsync(OrgId, InvitationId);

            Assert.That(invitation.Username, Is.EqualTo("jane.smith@example.com"));
            Assert.That(invitation.ExpiresAt, Is.EqualTo(new DateTimeOffset(2025, 6, 3, 9, 42, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task UpdateOrgInviteByIdAsync_NewRole_SendsOnlyTheRoles()
    {
        var pact = Pacts.For(Pacts.InvitationsProvider);
        Returns(pact.UponReceiving("a request to change the roles of one invitation").Given($"organization {OrgId} has invitation {InvitationId}")
            .WithRequest("PATCH", Path + "/" + InvitationId).WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials))
            .WithJsonBody(new JsonObject { ["roles"] = new JsonArray("ORG_GROUP_CREATOR") }, V2Media));

        await pact.VerifyAsync(async uri =>
        {
            var invitation = await Client(uri).UpdateOrgInviteByIdAsync(OrgId, InvitationId, new OrganizationInvitationUpdateRequest { Roles = [OrganizationRole.OrgGroupCreator] });

            Assert.That(invitation.Id, Is.EqualTo(InvitationId));
        });
    }

    [Test]
    public async Task DeleteOrgInviteAsync_ExistingInvitation_Succeeds()
    {
        var pact = Pacts.For(Pacts.InvitationsProvider);
        pact.UponReceiving("a request to delete one invitation").Given($"organization {OrgId} has invitation {InvitationId}")
            .WithRequest("DELETE", Path + "/" + InvitationId).WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials))
            .WillRespond().WithStatus(204);

        await pact.VerifyAsync(async uri =>
        {
            var response = await Client(uri).DeleteOrgInviteWithResponseAsync(OrgId, InvitationId);

            Assert.That(response.Info.StatusCode, Is.EqualTo(204));
        });
    }
}
