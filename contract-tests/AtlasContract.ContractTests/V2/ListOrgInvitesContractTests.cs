using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client;
using AtlasContract.Client.V2;
using AtlasContract.Pact;
using static AtlasContract.ContractTests.AtlasShapes;

namespace AtlasContract.ContractTests.V2;

/// <summary>What the generated v2 client needs from GET /api/atlas/v2/orgs/{orgId}/invites.</summary>
public class ListOrgInvitesContractTests
{
    private const string Path = "/api/atlas/v2/orgs/" + OrgId + "/invites";

    private static AtlasOrgInvitesClient Client(Uri uri) => new(Http(V2Credentials), new AtlasClientOptions { BaseAddress = uri });

    private static ResponseBuilder Request(PactBuilder pact, string description, string state) =>
        pact.UponReceiving(description).Given(state).WithRequest("GET", Path).WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials)).WillRespond();

    [Test]
    public async Task ListOrgInvitesAsync_PendingInvitations_ReadsEveryField()
    {
        var pact = Pacts.For(Pacts.V2Provider);
        Request(pact, "a request for all pending invitations", $"organization {OrgId} has pending invitations")
            .WithStatus(200).WithHeader("Content-Type", MediaType(V2Media))
            .WithJsonBody(Pact.Match.EachLike(Invitation()), V2Media);

        await pact.VerifyAsync(async uri =>
        {
            var invitation = (await Client(uri).ListOrgInvitesAsync(OrgId)).Single();

            Assert.That(invitation.Id, Is.EqualTo("5f2c1a8b9d3e4f0012345671"));
            Assert.That(invitation.Username, Is.EqualTo("jane.smith@example.com"));
            Assert.That(invitation.Roles, Is.EqualTo(new[] { OrganizationRole.OrgMember }));
            Assert.That(invitation.CreatedAt, Is.EqualTo(new DateTimeOffset(2025, 5, 4, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(invitation.GroupRoleAssignments!.Single().GroupRole, Is.EqualTo("GROUP_BACKUP_MANAGER"));
            Assert.That(invitation.Links!.Single().Rel, Is.EqualTo("self"));
        });
    }

    [Test]
    public async Task ListOrgInvitesAsync_UsernameFilter_SendsTheEncodedEmail()
    {
        const string username = "a+b@example.com";
        var pact = Pacts.For(Pacts.V2Provider);
        pact.UponReceiving("a request for the invitation of one user")
            .Given($"organization {OrgId} has a pending invitation for {username}")
            .WithRequest("GET", Path).WithQuery("username", username).WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials))
            .WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(V2Media))
            .WithJsonBody(Pact.Match.EachLike(Invitation(username, exactUsername: true)), V2Media);

        await pact.VerifyAsync(async uri =>
        {
            var invitations = await Client(uri).ListOrgInvitesAsync(OrgId, username);

            Assert.That(invitations.Single().Username, Is.EqualTo(username));
        });
    }

    [Test]
    public async Task ListOrgInvitesAsync_NoInvitations_ReturnsEmpty()
    {
        var pact = Pacts.For(Pacts.V2Provider);
        Request(pact, "a request for invitations when there are none", $"organization {OrgId} has no pending invitations")
            .WithStatus(200).WithHeader("Content-Type", MediaType(V2Media)).WithJsonBody(new System.Text.Json.Nodes.JsonArray(), V2Media);

        await pact.VerifyAsync(async uri => Assert.That(await Client(uri).ListOrgInvitesAsync(OrgId), Is.Empty));
    }

    [Test]
    public async Task ListOrgInvitesAsync_EnvelopeEnabled_UnwrapsTheEnvelope()
    {
        var pact = Pacts.For(Pacts.V2Provider);
        pact.UponReceiving("a request for all pending invitations wrapped in an envelope")
            .Given($"organization {OrgId} has pending invitations")
            .WithRequest("GET", Path).WithQuery("envelope", "true").WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials))
            .WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(V2Media))
            .WithJsonBody(new System.Text.Json.Nodes.JsonObject { ["status"] = Pact.Match.Equality(200), ["content"] = Pact.Match.EachLike(Invitation()) }, V2Media);

        await pact.VerifyAsync(async uri =>
        {
            var client = new AtlasOrgInvitesClient(Http(V2Credentials), new AtlasClientOptions { BaseAddress = uri, UseEnvelope = true });

            var invitation = (await client.ListOrgInvitesAsync(OrgId)).Single();

            Assert.That(invitation.Username, Is.EqualTo("jane.smith@example.com"));
        });
    }

    [TestCaseSource(typeof(AtlasShapes), nameof(Errors))]
    public async Task ListOrgInvitesAsync_ErrorStatus_ThrowsWithTheApiError((int Status, string State, string ErrorCode, string Reason) error)
    {
        var pact = Pacts.For(Pacts.V2Provider);
        var builder = pact.UponReceiving($"a request answered with {error.Status} {error.Reason}").Given(error.State).WithRequest("GET", Path);
        if (error.Status == 400)
        {
            builder.WithQuery("username", "not-an-email");
        }

        var response = builder.WithHeader("Accept", V2Media).WithHeader("Authorization", Credentials(V2Credentials)).WillRespond().WithStatus(error.Status)
            .WithHeader("Content-Type", MediaType("application/json")).WithJsonBody(ApiError(error.Status, error.ErrorCode, error.Reason));
        if (error.Status == 429)
        {
            response.WithHeader("Retry-After", Pact.Match.Regex("10", @"^-?\d+$"));
        }

        await pact.VerifyAsync(async uri =>
        {
            var thrown = await Assert.CatchAsync<AtlasApiException>(() => Client(uri).ListOrgInvitesAsync(OrgId, error.Status == 400 ? "not-an-email" : null));

            Assert.That(thrown!.StatusCode, Is.EqualTo(error.Status));
            Assert.That(thrown.ErrorCode, Is.EqualTo(error.ErrorCode));
            Assert.That(thrown.Reason, Is.EqualTo(error.Reason));
            Assert.That(thrown.RequestedVersion, Is.EqualTo("2023-01-01"));
            if (error.Status == 429)
            {
                Assert.That(((AtlasRateLimitedException)thrown).RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(10)));
            }
        });
    }
}
