using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V1;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Generated;

/// <summary>orgId is checked against ^([a-f0-9]{24})$ before anything is sent.</summary>
public class OrgIdGuardTests
{
    public static readonly string[] Malformed =
    [
        "", " ", "32b6e34b3d91647abb20e7b", "32b6e34b3d91647abb20e7b89", "32B6E34B3D91647ABB20E7B8", "32b6e34b3d91647abb20e7bg",
        "../../../../etc/passwd", "..", "32b6e34b3d91647abb20e7b8/../x", " 32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8 ",
        "32b6e34b3d91647a bb20e7b8", "32b6e34b3d91647abb20e7b8\n", "32b6e34b-3d91-647a-bb20-e7b8", "%32b6e34b3d91647abb20e7b8",
        "32b6e34b3d91647abb20e7b8?x=1", "32b6e34b3d91647abb20e7b8#x", "３２b6e34b3d91647abb20e7b8", "0x2b6e34b3d91647abb20e7b8",
        "zzzzzzzzzzzzzzzzzzzzzzzz", "32b6e34b3d91647abb20e7b8%2F", "null", "32b6e34b3d91647abb20e7b8\0",
    ];

    [TestCaseSource(nameof(Malformed))]
    public async Task ListOrgInvitesAsync_MalformedOrgId_ThrowsArgumentExceptionAndSendsNothing(string orgId)
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.ListOrgInvitesAsync(orgId));

        Assert.That(ex!.ParamName, Is.EqualTo("orgId"));
        Assert.That(ex.Message, Does.Contain("no request was sent"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task GetOrgInvitesAsync_MalformedOrgIdOnV1_ThrowsArgumentExceptionAndSendsNothing()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]", "application/json"));
        var client = new CloudManagerOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.GetOrgInvitesAsync("{ORG-ID}"));

        Assert.That(ex!.ParamName, Is.EqualTo("orgId"));
        Assert.That(ex.Message, Does.Contain("no request was sent"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task ListOrgInvitesAsync_NullOrgId_ThrowsArgumentNullException()
    {
        var client = new AtlasOrgInvitesClient(new HttpClient());

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => client.ListOrgInvitesAsync(null!));

        Assert.That(ex!.ParamName, Is.EqualTo("orgId"));
    }

    [Test]
    public async Task GetOrgInvitesAsync_NullOrgIdOnV1_ThrowsArgumentNullException()
    {
        var client = new CloudManagerOrgInvitesClient(new HttpClient());

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetOrgInvitesAsync(null!));

        Assert.That(ex!.ParamName, Is.EqualTo("orgId"));
    }
}
