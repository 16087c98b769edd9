using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client;
using AtlasContract.Client.Migration;
using AtlasContract.Client.Paging;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using AtlasContract.Pact;
using static AtlasContract.ContractTests.AtlasShapes;

namespace AtlasContract.ContractTests.V2;

/// <summary>What the generated listOrgUsers client (and the migration seam on it) needs from GET /api/atlas/v2/orgs/{orgId}/users.</summary>
public class ListOrgUsersContractTests
{
    private const string Path = "/api/atlas/v2/orgs/" + OrgId + "/users";
    private const string Pending = "PENDING";

    private static AtlasOrgUsersClient Client(Uri uri) => new(Http(V2Credentials), new AtlasClientOptions { BaseAddress = uri });

    /// <summary>A page request as the generated <see cref="AtlasOrgUsersClient.ListOrgUsersPageable"/> sends it with <c>IncludeCount</c> asked.</summary>
    private static InteractionBuilder PageRequest(PactBuilder pact, string description, string state, int pageSize, int pageNum, string? username = null)
    {
        var request = pact.UponReceiving(description).Given(state).WithRequest("GET", Path)
            .WithQuery("includeCount", "true").WithQuery("itemsPerPage", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithQuery("pageNum", pageNum.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (username is not null)
        {
            request.WithQuery("username", username);
        }

        return request.WithQuery("orgMembershipStatuses", Pending).WithHeader("Accept", UsersMedia).WithHeader("Authorization", Credentials(V2Credentials));
    }

    private static ResponseBuilder Ok(InteractionBuilder request, System.Text.Json.Nodes.JsonObject page) =>
        request.WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(UsersMedia)).WithJsonBody(page, UsersMedia);

    private static async Task<List<OrgUserResponse>> Walk(Uri uri, int pageSize)
    {
        var users = new List<OrgUserResponse>();
        await foreach (var user in Client(uri).ListOrgUsersPageable(OrgId, orgMembershipStatuses: [OrgMembershipStatus.Pending], paging: new AtlasPagingOptions { PageSize = pageSize, IncludeCount = true }))
        {
            users.Add(user);
        }

        return users;
    }

    [Test]
    public async Task ListOrgUsersPageable_PendingFilter_ReadsThePendingShape()
    {
        var pact = Pacts.For(Pacts.UsersProvider);
        Ok(PageRequest(pact, "a request for the pending users", $"organization {OrgId} has pending users", 100, 1), UsersPage(PendingUser(), min: 1));

        await pact.VerifyAsync(async uri =>
        {
            var user = (OrgPendingUserResponse)(await Walk(uri, 100)).Single();

            Assert.That(user.Id, Is.EqualTo("5f2c1a8b9d3e4f0012345674"));
            Assert.That(user.OrgMembershipStatus, Is.EqualTo(OrgMembershipStatus.Pending));
            Assert.That(user.InvitationCreatedAt, Is.EqualTo(new DateTimeOffset(2025, 5, 4, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(user.InviterUsername, Is.EqualTo("admin@example.com"));
            Assert.That(user.Roles.OrgRoles, Is.EqualTo(new[] { OrganizationRole.OrgMember }));
        });
    }

    [Test]
    public async Task ListOrgUsersPageable_SeveralPages_WalksUntilAShortPage()
    {
        var pact = Pacts.For(Pacts.UsersProvider);
        const string state = "organization " + OrgId + " has 3 pending users";
        Ok(PageRequest(pact, "a request for page 1 of the pending users", state, 2, 1), UsersPage(PendingUser(), min: 2));
        Ok(PageRequest(pact, "a request for page 2 of the pending users", state, 2, 2), UsersPage(PendingUser(), min: 1));

        await pact.VerifyAsync(async uri => Assert.That(await Walk(uri, 2), Has.Count.EqualTo(3)));
    }

    [Test]
    public async Task ListAsync_SeamWithUsernameFilter_SendsTheEncodedEmail()
    {
        const string username = "a+b@example.com";
        var pact = Pacts.For(Pacts.UsersProvider);
        Ok(PageRequest(pact, "a request for the pending user with one username", $"organization {OrgId} has a pending user {username}", 500, 1, username),
            UsersPage(PendingUser(username, exactUsername: true), min: 1));

        await pact.VerifyAsync(async uri =>
        {
            var invitations = await new ListOrgUsersPendingInvitations(Client(uri)).ListAsync(OrgId, username);

            Assert.That(invitations.Single().Username, Is.EqualTo(username));
            Assert.That(invitations.Single().UserId, Is.EqualTo("5f2c1a8b9d3e4f0012345674"));
        });
    }

    [Test]
    public async Task ListOrgUsersPageable_NoPendingUsers_ReturnsEmpty()
    {
        var pact = Pacts.For(Pacts.UsersProvider);
        Ok(PageRequest(pact, "a request for the pending users when there are none", $"organization {OrgId} has no pending users", 100, 1),
            new System.Text.Json.Nodes.JsonObject { ["results"] = new System.Text.Json.Nodes.JsonArray() });

        await pact.VerifyAsync(async uri => Assert.That(await Walk(uri, 100), Is.Empty));
    }

    [TestCaseSource(typeof(AtlasShapes), nameof(Errors))]
    public async Task ListOrgUsersPageable_ErrorStatus_ThrowsWithTheApiError((int Status, string State, string ErrorCode, string Reason) error)
    {
        var pact = Pacts.For(Pacts.UsersProvider);
        var username = error.Status == 400 ? "not-an-email" : null;
        var response = PageRequest(pact, $"a request for pending users answered with {error.Status} {error.Reason}", error.State, 100, 1, username)
            .WillRespond().WithStatus(error.Status).WithHeader("Content-Type", MediaType("application/json")).WithJsonBody(ApiError(error.Status, error.ErrorCode, error.Reason));
        if (error.Status == 429)
        {
            response.WithHeader("Retry-After", Pact.Match.Regex("10", @"^-?\d+$"));
        }

        await pact.VerifyAsync(async uri =>
        {
            var walk = Client(uri).ListOrgUsersPageable(OrgId, username, [OrgMembershipStatus.Pending], new AtlasPagingOptions { IncludeCount = true });
            var thrown = await Assert.CatchAsync<AtlasApiException>(async () => await walk.GetAsyncEnumerator().MoveNextAsync());

            Assert.That(thrown!.StatusCode, Is.EqualTo(error.Status));
            Assert.That(thrown.ErrorCode, Is.EqualTo(error.ErrorCode));
            Assert.That(thrown.RequestedVersion, Is.EqualTo("2025-02-19"));
        });
    }
}
