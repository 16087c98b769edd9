using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace AtlasContract.Client.Tests.Versioning;

public class AtlasResponseInfoTests
{
    [Test]
    public async Task ListOrgInvitesAsync_DeprecationAndSunsetHeaders_AreLoggedAndReadable()
    {
        var headers = new Dictionary<string, string> { ["Deprecation"] = "Mon, 01 Jan 2024 00:00:00 GMT", ["Sunset"] = "Thu, 01 Jul 2027 00:00:00 GMT" };
        using var server = new LoopbackServer(new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json; charset=utf-8", headers));
        var logger = new TestLogger();
        var client = new AtlasOrgInvitesClient(new HttpClient()) { BaseUrl = server.BaseUri.ToString(), Logger = logger };

        await client.ListOrgInvitesAsync(Fixtures.OrgId);

        var info = client.LastResponse!;
        Assert.That(info.IsDeprecated, Is.True);
        Assert.That(info.Sunset, Is.EqualTo(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(info.Deprecation, Is.EqualTo("Mon, 01 Jan 2024 00:00:00 GMT"));
        Assert.That((info.RequestedVersion, info.ServedVersion), Is.EqualTo(("2023-01-01", "2023-01-01")));
        var warning = logger.Lines.Single(l => l.Level == LogLevel.Warning).Message;
        Assert.That(warning, Does.Contain("deprecated").And.Contain("2027-07-01").And.Contain("/invites"));
    }

    [Test]
    public async Task ListOrgInvitesAsync_NoDeprecationHeaders_LogsNothing()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        var logger = new TestLogger();
        var client = new AtlasOrgInvitesClient(new HttpClient()) { BaseUrl = server.BaseUri.ToString(), Logger = logger };

        await client.ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(client.LastResponse!.IsDeprecated, Is.False);
        Assert.That(logger.Lines, Is.Empty);
    }

    [TestCase("application/vnd.atlas.2023-01-01+json", "2023-01-01")]
    [TestCase("application/vnd.atlas.2024-11-13+json;charset=utf-8", "2024-11-13")]
    [TestCase("application/vnd.atlas.preview+json", "preview")]
    [TestCase("application/json", null)]
    public void Version_MediaType_ReadsTheVendorDate(string mediaType, string? version)
    {
        Assert.That(AtlasContract.Client.Versioning.MediaTypes.Version(mediaType), Is.EqualTo(version));
    }
}
