using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V1;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace AtlasContract.Client.Tests.V1;

/// <summary>The v1.0 root: Cloud Manager (default), an Ops Manager server, Atlas's legacy /api/atlas/v1.0.</summary>
public class LegacyApiRootTests
{
    private static LoopbackServer Server() => new(new CannedResponse(200, "[]", "application/json"));

    [TestCase(null, "/api/public/v1.0/orgs/{0}/invites?username=a%2Bb%40example.com")]
    [TestCase("/api/atlas/v1.0", "/api/atlas/v1.0/orgs/{0}/invites?username=a%2Bb%40example.com")]
    [TestCase("/ops/api/public/v1.0/", "/ops/api/public/v1.0/orgs/{0}/invites?username=a%2Bb%40example.com")]
    public async Task GetOrgInvitesAsync_ApiRoot_SendsThePathAndQueryUnderIt(string? root, string expected)
    {
        using var server = Server();
        var client = new CloudManagerOrgInvitesClient(new HttpClient(), new AtlasClientOptions
        {
            BaseAddress = server.BaseUri,
            LegacyApiRoot = root is null ? null : new Uri(server.BaseUri, root),
        });

        await client.GetOrgInvitesAsync(Fixtures.OrgId, "a+b@example.com");

        Assert.That(server.Single.RawUrl, Is.EqualTo(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, Fixtures.OrgId)));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_LegacyApiRoot_MovesOnlyTheV1Client()
    {
        using var server = new LoopbackServer(r => new CannedResponse(200, "[]", r.Path.Contains("/v2/", StringComparison.Ordinal) ? "application/vnd.atlas.2023-01-01+json" : "application/json"));
        var services = new ServiceCollection();
        services.AddAtlasInvitationsClient(o =>
        {
            o.BaseAddress = server.BaseUri;
            o.LegacyApiRoot = new Uri(server.BaseUri, "/api/atlas/v1.0");
        });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ICloudManagerOrgInvitesClient>().GetOrgInvitesAsync(Fixtures.OrgId);
#pragma warning disable CS0618 // the deprecated v2 operation is the other client under test
        await provider.GetRequiredService<Client.V2.IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);
#pragma warning restore CS0618

        Assert.That(server.Requests.Select(r => r.Path), Is.EquivalentTo(new[] { $"/api/atlas/v1.0/orgs/{Fixtures.OrgId}/invites", $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites" }));
    }
}
