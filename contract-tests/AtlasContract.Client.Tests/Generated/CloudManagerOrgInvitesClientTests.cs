using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V1;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Generated;

public class CloudManagerOrgInvitesClientTests
{
    [Test]
    public async Task GetOrgInvitesAsync_SeedResponse_ReadsAllThreeInvitations()
    {
        using var server = new LoopbackServer(new CannedResponse(200, Fixtures.Read("v1-invitations.json"), "application/json"));
        var client = new CloudManagerOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

        var invitations = (await client.GetOrgInvitesAsync(Fixtures.OrgId, "jane.smith@example.com")).ToList();

        Assert.That(server.Single.RawUrl, Is.EqualTo($"/api/public/v1.0/orgs/{Fixtures.OrgId}/invites?username=jane.smith%40example.com"));
        Assert.That(server.Single.Headers["Accept"], Is.EqualTo("application/json"));
        Assert.That(invitations.Select(i => i.Username), Is.EqualTo(new[] { "jane.smith@example.com", "john.smith@example.com", "wyatt.smith@example.com" }));
        Assert.That(invitations[0].Roles!.Single(), Is.EqualTo(new OrganizationRole("GROUP_OWNER")));
        Assert.That(invitations[0].TeamIds, Is.Empty);
        Assert.That(invitations[2].CreatedAt, Is.EqualTo(new DateTimeOffset(2021, 2, 18, 21, 5, 40, TimeSpan.Zero)));
    }
}
