using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client;
using AtlasContract.Client.V1;
using AtlasContract.Pact;
using static AtlasContract.ContractTests.AtlasShapes;

namespace AtlasContract.ContractTests.V1;

/// <summary>What the generated v1.0 client needs from GET /api/public/v1.0/orgs/{ORG-ID}/invites.</summary>
public class GetOrgInvitesContractTests
{
    private const string Path = "/api/public/v1.0/orgs/" + OrgId + "/invites";
    private const string Json = "application/json";

    private static CloudManagerOrgInvitesClient Client(Uri uri) => new(Http(V1Credentials), new AtlasClientOptions { BaseAddress = uri });

    [Test]
    public async Task GetOrgInvitesAsync_PendingInvitations_ReadsEveryField()
    {
        var pact = Pacts.For(Pacts.V1Provider);
        pact.UponReceiving("a request for all pending invitations").Given($"organization {OrgId} has pending invitations")
            .WithRequest("GET", Path).WithHeader("Accept", Json).WithHeader("Authorization", Credentials(V1Credentials))
            .WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(Json)).WithJsonBody(Pact.Match.EachLike(V1Invitation()));

        await pact.VerifyAsync(async uri =>
        {
            var invitation = (await Client(uri).GetOrgInvitesAsync(OrgId)).Single();

            Assert.That(invitation.OrgId, Is.EqualTo(OrgId));
            Assert.That(invitation.Roles!.Single(), Is.EqualTo(new OrganizationRole("GROUP_OWNER")));
            Assert.That(invitation.ExpiresAt, Is.EqualTo(new DateTimeOffset(2021, 3, 20, 18, 51, 46, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task GetOrgInvitesAsync_UsernameFilter_SendsTheEmail()
    {
        const string username = "john.smith@example.com";
        var pact = Pacts.For(Pacts.V1Provider);
        pact.UponReceiving("a request for the invitation of one user").Given($"organization {OrgId} has a pending invitation for {username}")
            .WithRequest("GET", Path).WithQuery("username", username).WithHeader("Accept", Json).WithHeader("Authorization", Credentials(V1Credentials))
            .WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(Json)).WithJsonBody(Pact.Match.EachLike(V1Invitation(username, exactUsername: true)));

        await pact.VerifyAsync(async uri => Assert.That((await Client(uri).GetOrgInvitesAsync(OrgId, username)).Single().Username, Is.EqualTo(username)));
    }

    [Test]
    public async Task GetOrgInvitesAsync_NoInvitations_ReturnsEmpty()
    {
        var pact = Pacts.For(Pacts.V1Provider);
        pact.UponReceiving("a request for invitations when there are none").Given($"organization {OrgId} has no pending invitations")
            .WithRequest("GET", Path).WithHeader("Accept", Json).WithHeader("Authorization", Credentials(V1Credentials))
            .WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(Json)).WithJsonBody(new System.Text.Json.Nodes.JsonArray());

        await pact.VerifyAsync(async uri => Assert.That(await Client(uri).GetOrgInvitesAsync(OrgId), Is.Empty));
    }

    [TestCaseSource(typeof(AtlasShapes), nameof(Errors))]
    public async Task GetOrgInvitesAsync_ErrorStatus_ThrowsWithTheApiError((int Status, string State, string ErrorCode, string Reason) error)
    {
        var pact = Pacts.For(Pacts.V1Provider);
        var builder = pact.UponReceiving($"a request answered with {error.Status} {error.Reason}").Given(error.State).WithRequest("GET", Path);
        if (error.Status == 400)
        {
            builder.WithQuery("username", "not-an-email");
        }

        builder.WithHeader("Accept", Json).WithHeader("Authorization", Credentials(V1Credentials)).WillRespond().WithStatus(error.Status)
            .WithHeader("Content-Type", MediaType(Json)).WithJsonBody(ApiError(error.Status, error.ErrorCode, error.Reason));

        await pact.VerifyAsync(async uri =>
        {
            var thrown = await Assert.CatchAsync<AtlasApiException>(() => Client(uri).GetOrgInvitesAsync(OrgId, error.Status == 400 ? "not-an-email" : null));

            Assert.That(thrown!.StatusCode, Is.EqualTo(error.Status));
            Assert.That(thrown.ErrorCode, Is.EqualTo(error.ErrorCode));
        });
    }
}
