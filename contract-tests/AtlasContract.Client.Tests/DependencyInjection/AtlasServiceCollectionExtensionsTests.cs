using AtlasContract.Client.Auth;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Resilience;
using AtlasContract.Client.V1;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AtlasContract.Client.Tests.DependencyInjection;

public class AtlasServiceCollectionExtensionsTests
{
    private static ServiceProvider Provider(Action<AtlasClientOptions> configure, TestLogger? logger = null, Action<IHttpClientBuilder>? http = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logger ?? new TestLogger());
        services.AddAtlasInvitationsClient(configure, http);
        return services.BuildServiceProvider();
    }

    private static Func<RecordedRequest, CannedResponse> TokenThenList(string token = "tok") => r => r.Path == "/api/oauth/token"
        ? new CannedResponse(200, $$"""{"access_token":"{{token}}","expires_in":3600}""", "application/json")
        : r.Headers.GetValueOrDefault("Authorization") == $"Bearer {token}" ? new CannedResponse(200, "[]", r.Path.Contains("v1.0") ? "application/json" : "application/vnd.atlas.2023-01-01+json") : new CannedResponse(401, "{}", "application/json");

    [Test]
    public async Task AddAtlasInvitationsClient_ServiceAccount_ResolvesClientsThatAuthenticate()
    {
        using var server = new LoopbackServer(r => r.Path == "/api/oauth/token"
            ? new CannedResponse(200, """{"access_token":"tok","expires_in":3600}""", "application/json")
            : r.Headers.GetValueOrDefault("Authorization") == "Bearer tok" ? new CannedResponse(200, "[]", r.Path.Contains("v1.0") ? "application/json" : "application/vnd.atlas.2023-01-01+json") : new CannedResponse(401, "{}", "application/json"));
        using var provider = Provider(o =>
        {
            o.BaseAddress = server.BaseUri;
            o.TokenUrl = new Uri(server.BaseUri, "/api/oauth/token");
            o.Credentials = AtlasCredentials.ServiceAccount("mdb_sa_id_x", "mdb_sa_sk_y");
            o.UserAgent = "my-service/1.2";
        });

        await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);
        await provider.GetRequiredService<ICloudManagerOrgInvitesClient>().GetOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(server.Requests.Count(r => r.Path == "/api/oauth/token"), Is.EqualTo(1), "one token for both clients");
        Assert.That(server.Requests.Where(r => r.Path != "/api/oauth/token").Select(r => r.Headers["User-Agent"]), Has.All.EqualTo("my-service/1.2"));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_RetriesEnabled_HonoursRetryAfterThenSucceeds()
    {
        var calls = 0;
        using var server = new LoopbackServer(_ => Interlocked.Increment(ref calls) < 3
            ? new CannedResponse(429, """{"error":429,"errorCode":"RATE_LIMITED"}""", "application/json", new Dictionary<string, string> { ["Retry-After"] = "0" })
            : new CannedResponse(200, "[]"));
        using var provider = Provider(o =>
        {
            o.BaseAddress = server.BaseUri;
        }, http: h => h.AddAtlasResilience(r => r.BaseDelay = TimeSpan.Zero));

        var invitations = await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(invitations, Is.Empty);
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_RetryAfterLongerThanMaxDelay_ReturnsThe429()
    {
        using var server = new LoopbackServer(new CannedResponse(429, """{"error":429,"errorCode":"RATE_LIMITED"}""", "application/json", new Dictionary<string, string> { ["Retry-After"] = "3600" }));
        using var provider = Provider(o =>
        {
            o.BaseAddress = server.BaseUri;
        }, http: h => h.AddAtlasResilience(r => r.BaseDelay = TimeSpan.Zero));

        var ex = await Assert.CatchAsync<AtlasRateLimitedException>(() => provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_ApiKeyAndDeprecatedResponse_LogsWarningButNeverTheKey()
    {
        const string privateKey = "private-key-never-logged";
        using var server = new LoopbackServer(r => r.Headers.ContainsKey("Authorization")
            ? new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json", new Dictionary<string, string> { ["Sunset"] = "Thu, 01 Jul 2027 00:00:00 GMT" })
            : new CannedResponse(401, "{}", "application/json", new Dictionary<string, string> { ["WWW-Authenticate"] = "Digest realm=\"MMS Public API\", nonce=\"n\", qop=\"auth\", algorithm=MD5" }));
        var logger = new TestLogger();
        using var provider = Provider(o =>
        {
            o.BaseAddress = server.BaseUri;
            o.Credentials = AtlasCredentials.ApiKey("public", privateKey);
        }, logger);

        await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(logger.Lines.Select(l => l.Message), Has.Some.Contains("deprecated"));
        Assert.That(logger.Lines.Select(l => l.Message), Has.None.Contains(privateKey));
        Assert.That(server.Requests.Last().Headers["Authorization"], Does.StartWith("Digest username=\"public\""));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_NoTokenUrl_TokenEndpointFollowsTheBaseAddress()
    {
        using var server = new LoopbackServer(TokenThenList());
        using var provider = Provider(o =>
        {
            o.BaseAddress = server.BaseUri;
            o.Credentials = AtlasCredentials.ServiceAccount("mdb_sa_id_x", "mdb_sa_sk_y");
        });

        await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(server.Requests.Select(r => r.Path).First(), Is.EqualTo("/api/oauth/token"));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_TokenRefused_ThrowsAuthenticationExceptionInTheFamilyNamingTheOperation()
    {
        using var server = new LoopbackServer(r => new CannedResponse(401, """{"error":"invalid_client"}""", "application/json"));
        using var provider = Provider(o =>
        {
            o.BaseAddress = server.BaseUri;
            o.Credentials = AtlasCredentials.ServiceAccount("mdb_sa_id_x", "mdb_sa_sk_y");
        });

        var ex = await Assert.CatchAsync<AtlasException>(() => provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex, Is.InstanceOf<AtlasAuthenticationException>());
        Assert.That(ex!.Operation, Is.EqualTo("listOrgInvites"));
        Assert.That(ex.Message, Does.StartWith("listOrgInvites: ").And.Contain("invalid_client").And.Not.Contain("mdb_sa_sk_y"));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_Registered_RunsTheConfigureDelegateOnce()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        var runs = 0;
        using var provider = Provider(o =>
        {
            Interlocked.Increment(ref runs);
            o.BaseAddress = server.BaseUri;
        });

        await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);
        await provider.GetRequiredService<ICloudManagerOrgInvitesClient>().GetOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_LaterConfigureCall_IsHonoured()
    {
        using var server = new LoopbackServer(TokenThenList());
        var services = new ServiceCollection();
        services.AddAtlasInvitationsClient(o => o.BaseAddress = new Uri("http://127.0.0.1:9"));
        services.Configure<AtlasClientOptions>(o =>
        {
            o.BaseAddress = server.BaseUri;
            o.Credentials = AtlasCredentials.ServiceAccount("mdb_sa_id_x", "mdb_sa_sk_y");
        });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(server.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites" }));
    }

    [Test]
    public async Task AddAtlasInvitationsClient_RetryOptionsConfiguredLater_AreHonoured()
    {
        var calls = 0;
        using var server = new LoopbackServer(_ => new CannedResponse(Interlocked.Increment(ref calls) < 3 ? 503 : 200, "[]"));
        var services = new ServiceCollection();
        services.AddAtlasInvitationsClient(o => o.BaseAddress = server.BaseUri, http => http.AddAtlasResilience());
        services.Configure<AtlasRetryOptions>("AtlasContract.Client.V2", r => (r.MaxRetries, r.BaseDelay) = (1, TimeSpan.Zero));
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.CatchAsync<AtlasServerException>(() => provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.StatusCode, Is.EqualTo(503));
        Assert.That(calls, Is.EqualTo(2), "one retry, as configured after registration");
    }

    [Test]
    public void AddAtlasInvitationsClient_NoServiceAccount_TokenCacheIsRefusedNotNull()
    {
        using var provider = Provider(o => o.Credentials = AtlasCredentials.ApiKey("public", "pk-secret-value"));

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ServiceAccountTokenCache>());

        Assert.That(ex!.Message, Does.Contain("service account").And.Not.Contain("private\""));
    }
}
