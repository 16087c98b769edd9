using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Generated;

public class AtlasOrgInvitesClientTests
{
    private static AtlasOrgInvitesClient Client(LoopbackServer server) =>
        new(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

    [Test]
    public async Task ListOrgInvitesAsync_SeedResponse_SendsVersionedRequestAndReadsEveryField()
    {
        using var server = new LoopbackServer(new CannedResponse(200, Fixtures.Read("v2-invitations.json")));

        var invitations = (await Client(server).ListOrgInvitesAsync(Fixtures.OrgId)).ToList();

        var request = server.Single;
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.RawUrl, Is.EqualTo($"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites"));
        Assert.That(request.Headers["Accept"], Is.EqualTo("application/vnd.atlas.2023-01-01+json"));
        var invitation = invitations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(invitation.Id, Is.EqualTo("32b6e34b3d91647abb20e7b8"));
            Assert.That(invitation.OrgId, Is.EqualTo("32b6e34b3d91647abb20e7b8"));
            Assert.That(invitation.OrgName, Is.EqualTo("string"));
            Assert.That(invitation.Username, Is.EqualTo("hello@example.com"));
            Assert.That(invitation.InviterUsername, Is.EqualTo("hello@example.com"));
            Assert.That(invitation.CreatedAt, Is.EqualTo(new DateTimeOffset(2025, 5, 4, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(invitation.ExpiresAt, Is.EqualTo(new DateTimeOffset(2025, 5, 4, 9, 42, 0, TimeSpan.Zero)));
            Assert.That(invitation.Roles, Is.EqualTo(new[] { OrganizationRole.OrgOwner }));
            Assert.That(invitation.TeamIds, Is.EqualTo(new[] { "string" }));
            Assert.That(invitation.GroupRoleAssignments!.Single().GroupId, Is.EqualTo("32b6e34b3d91647abb20e7b8"));
            Assert.That(invitation.GroupRoleAssignments!.Single().GroupRole, Is.EqualTo("GROUP_BACKUP_MANAGER"));
            Assert.That(invitation.Links!.Single().Rel, Is.EqualTo("self"));
            Assert.That(invitation.Links!.Single().Href, Is.EqualTo("https://cloud.mongodb.com/api/atlas"));
        });
    }

    [TestCase("a+b@example.com", "a%2Bb%40example.com")]
    [TestCase("x&y=z@example.com", "x%26y%3Dz%40example.com")]
    [TestCase("100%@example.com", "100%25%40example.com")]
    [TestCase("zoë@example.com", "zo%C3%AB%40example.com")]
    public async Task ListOrgInvitesAsync_Username_IsEncodedExactly(string username, string encoded)
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));

        await Client(server).ListOrgInvitesAsync(Fixtures.OrgId, username);

        Assert.That(server.Single.Query, Is.EqualTo("username=" + encoded));
    }

    [Test]
    public async Task ListOrgInvitesAsync_UnknownRoleAndFields_AreKeptNotRejected()
    {
        const string body = """
            [{ "id": "32b6e34b3d91647abb20e7b8", "orgName": "o",
               "roles": ["ORG_OWNER", "ORG_FUTURE_ROLE_2031"],
               "newTopLevelField": { "nested": [1, 2] },
               "groupRoleAssignments": [{ "groupId": "32b6e34b3d91647abb20e7b8", "groupRole": "GROUP_NEW_ROLE", "extra": true }] }]
            """;
        using var server = new LoopbackServer(new CannedResponse(200, body));

        var invitation = (await Client(server).ListOrgInvitesAsync(Fixtures.OrgId)).Single();

        Assert.That(invitation.Roles!.Select(r => r.Value), Is.EqualTo(new[] { "ORG_OWNER", "ORG_FUTURE_ROLE_2031" }));
        Assert.That(invitation.Roles!.Last().IsKnown, Is.False);
        Assert.That(invitation.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "newTopLevelField" }));
        Assert.That(invitation.GroupRoleAssignments!.Single().GroupRole, Is.EqualTo("GROUP_NEW_ROLE"));
        Assert.That(invitation.GroupRoleAssignments!.Single().AdditionalProperties.Keys, Is.EquivalentTo(new[] { "extra" }));
    }

    [Test]
    public async Task ListOrgInvitesAsync_EmptyList_ReturnsEmpty()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));

        var invitations = await Client(server).ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(invitations, Is.Empty);
    }
}
