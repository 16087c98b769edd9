using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Errors;

/// <summary>Every error status, with Atlas JSON and with what proxies send instead, becomes a typed exception.</summary>
public class AtlasErrorTests
{
    private static AtlasOrgInvitesClient Client(LoopbackServer server) => new(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

    private static string Json(int status, string code) =>
        $$"""{"error":{{status}},"errorCode":"{{code}}","reason":"Reason {{status}}","detail":"Detail of {{status}}","parameters":["p1",2]}""";

    [TestCase(400, typeof(AtlasBadRequestException))]
    [TestCase(401, typeof(AtlasUnauthorizedException))]
    [TestCase(403, typeof(AtlasForbiddenException))]
    [TestCase(404, typeof(AtlasNotFoundException))]
    [TestCase(406, typeof(AtlasVersionNotAcceptableException))]
    [TestCase(409, typeof(AtlasApiException))]
    [TestCase(410, typeof(AtlasVersionGoneException))]
    [TestCase(429, typeof(AtlasRateLimitedException))]
    [TestCase(500, typeof(AtlasServerException))]
    [TestCase(503, typeof(AtlasServerException))]
    public async Task ListOrgInvitesAsync_AtlasJsonError_ThrowsTheTypedExceptionWithEveryField(int status, Type expected)
    {
        using var server = new LoopbackServer(new CannedResponse(status, Json(status, "SOME_CODE"), "application/json"));

        var ex = await Assert.CatchAsync<AtlasApiException>(() => Client(server).ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex, Is.TypeOf(expected));
        Assert.That(ex!.StatusCode, Is.EqualTo(status));
        Assert.That((ex.ErrorCode, ex.Reason, ex.Detail), Is.EqualTo(("SOME_CODE", $"Reason {status}", $"Detail of {status}")));
        Assert.That(ex.Parameters, Is.EqualTo(new object[] { "p1", 2L }));
        Assert.That(ex.Response, Is.EqualTo(Json(status, "SOME_CODE")));
        Assert.That(ex.Message, Does.Contain($"Atlas answered {status}").And.Contain("SOME_CODE").And.Contain($"GET /api/atlas/v2/orgs/{Fixtures.OrgId}/invites"));
    }

    [TestCase(500, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")]
    [TestCase(503, "", "text/plain")]
    [TestCase(404, "Not Found", "text/plain")]
    [TestCase(401, "{ not json", "application/json")]
    [TestCase(429, "[1,2,3]", "application/json")]
    public async Task ListOrgInvitesAsync_NonJsonErrorBody_StillThrowsAClearTypedException(int status, string body, string contentType)
    {
        using var server = new LoopbackServer(new CannedResponse(status, body, contentType));

        var ex = await Assert.CatchAsync<AtlasApiException>(() => Client(server).ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.StatusCode, Is.EqualTo(status));
        Assert.That(ex.ErrorCode, Is.Null);
        Assert.That(ex.Response, Is.EqualTo(body));
        Assert.That(ex.Message, Does.Contain(body.Length == 0 ? "(empty body)" : "the body is not Atlas JSON"));
        Assert.That(ex.InnerException, Is.Null, "no JsonReaderException underneath");
    }

    [Test]
    public async Task ListOrgInvitesAsync_SuccessWithHtmlBody_ThrowsAClientExceptionNotJsonReaderException()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "<html>captive portal</html>", "text/html"));

        var ex = await Assert.CatchAsync<AtlasApiException>(() => Client(server).ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.Message, Does.Contain("Could not deserialize"));
    }

    [TestCase(406)]
    [TestCase(410)]
    public async Task ListOrgInvitesAsync_VersionRefused_NamesTheRequestedVersion(int status)
    {
        var code = status == 410 ? "VERSION_GONE" : "INVALID_VERSION";
        using var server = new LoopbackServer(new CannedResponse(status, Json(status, code), "application/json"));

        var ex = await Assert.CatchAsync<AtlasApiException>(() => Client(server).ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.RequestedVersion, Is.EqualTo("2023-01-01"));
        Assert.That(ex.Message, Does.Contain("requested version 2023-01-01").And.Contain(status == 410 ? "is gone" : "is not offered"));
    }

    [TestCase("30", 30)]
    [TestCase("0", 0)]
    public async Task ListOrgInvitesAsync_RateLimited_ExposesRetryAfter(string header, int seconds)
    {
        using var server = new LoopbackServer(new CannedResponse(429, Json(429, "RATE_LIMITED"), "application/json", new Dictionary<string, string> { ["Retry-After"] = header }));

        var ex = await Assert.CatchAsync<AtlasRateLimitedException>(() => Client(server).ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public async Task ListOrgInvitesAsync_RateLimitedWithoutRetryAfter_HasNoDelay()
    {
        using var server = new LoopbackServer(new CannedResponse(429, Json(429, "RATE_LIMITED"), "application/json"));

        var ex = await Assert.CatchAsync<AtlasRateLimitedException>(() => Client(server).ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.RetryAfter, Is.Null);
    }
}
