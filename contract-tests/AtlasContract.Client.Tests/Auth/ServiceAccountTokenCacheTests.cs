using AtlasContract.Client.DependencyInjection;
using System.Collections.Concurrent;
using AtlasContract.Client.Auth;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Auth;

public class ServiceAccountTokenCacheTests
{
    private const string ClientId = "mdb_sa_id_6578a2b1c3d4e5f601234567";
    private const string Secret = "mdb_sa_sk_verysecretverysecretverysecret";

    /// <summary>A token endpoint and an API on one loopback server: tokens "t1", "t2", …; the API accepts only the newest.</summary>
    private sealed class Atlas : IDisposable
    {
        private int _issued;

        public Atlas(int expiresIn = 3600, int tokenStatus = 200, int delayMs = 0)
        {
            Server = new LoopbackServer(r =>
            {
                if (r.Path == "/api/oauth/token")
                {
                    Thread.Sleep(delayMs);
                    Bodies.Enqueue(r.Body);
                    Authorizations.Enqueue(r.Headers.GetValueOrDefault("Authorization") ?? string.Empty);
                    return tokenStatus == 200
                        ? new CannedResponse(200, $$"""{"access_token":"t{{Interlocked.Increment(ref _issued)}}","expires_in":{{expiresIn}},"token_type":"Bearer"}""", "application/json")
                        : new CannedResponse(tokenStatus, """{"error":"invalid_client","error_description":"Invalid client credentials"}""", "application/json");
                }

                var current = $"Bearer t{Volatile.Read(ref _issued)}";
                return r.Headers.GetValueOrDefault("Authorization") == current ? new CannedResponse(200, "[]") : new CannedResponse(401, """{"error":401,"errorCode":"NOT_AUTHORIZED"}""", "application/json");
            });
        }

        public LoopbackServer Server { get; }

        public ConcurrentQueue<string> Bodies { get; } = new();

        public ConcurrentQueue<string> Authorizations { get; } = new();

        public int Issued => Volatile.Read(ref _issued);

        public void Revoke() => Interlocked.Increment(ref _issued);

        public ServiceAccountTokenCache Cache(Func<DateTimeOffset>? clock = null) =>
            new((ServiceAccountCredentials)AtlasCredentials.ServiceAccount(ClientId, Secret), new Uri(Server.BaseUri, "/api/oauth/token"), new HttpClient(), clock ?? (() => new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero)));

        public AtlasOrgInvitesClient Client(ServiceAccountTokenCache cache) =>
            new(new HttpClient(new ServiceAccountTokenHandler(cache) { InnerHandler = new HttpClientHandler() }), new AtlasClientOptions { BaseAddress = Server.BaseUri });

        public void Dispose() => Server.Dispose();
    }

    [Test]
    public async Task GetTokenAsync_ManyCalls_FetchOnceWithClientCredentials()
    {
        using var atlas = new Atlas();
        using var cache = atlas.Cache();
        var client = atlas.Client(cache);

        for (var i = 0; i < 5; i++)
        {
            await client.ListOrgInvitesAsync(Fixtures.OrgId);
        }

        Assert.That(cache.Fetches, Is.EqualTo(1));
        Assert.That(atlas.Bodies.Single(), Is.EqualTo("grant_type=client_credentials"));
        Assert.That(atlas.Authorizations.Single(), Is.EqualTo("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ClientId}:{Secret}"))));
    }

    [Test]
    public async Task GetTokenAsync_NearExpiry_FetchesANewToken()
    {
        var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
        using var atlas = new Atlas(expiresIn: 3600);
        using var cache = atlas.Cache(() => now);

        var first = await cache.GetTokenAsync(CancellationToken.None);
        now += TimeSpan.FromMinutes(58);
        var stillFirst = await cache.GetTokenAsync(CancellationToken.None);
        now += TimeSpan.FromMinutes(1.5);
        var second = await cache.GetTokenAsync(CancellationToken.None);

        Assert.That((first, stillFirst, second), Is.EqualTo(("t1", "t1", "t2")));
    }

    [Test]
    public async Task SendAsync_TokenRevoked_RefreshesOnceAndRetries()
    {
        using var atlas = new Atlas();
        using var cache = atlas.Cache();
        var client = atlas.Client(cache);
        await client.ListOrgInvitesAsync(Fixtures.OrgId);
        atlas.Revoke();

        await client.ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(cache.Fetches, Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_ConcurrentRequestsAfterRevocation_ShareOneRefresh()
    {
        using var atlas = new Atlas(delayMs: 50);
        using var cache = atlas.Cache();
        var client = atlas.Client(cache);
        await client.ListOrgInvitesAsync(Fixtures.OrgId);
        atlas.Revoke();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.ListOrgInvitesAsync(Fixtures.OrgId)));

        Assert.That(cache.Fetches, Is.EqualTo(2), "one initial fetch and one refresh for all twenty 401s");
    }

    [Test]
    public async Task SendAsync_ConcurrentFirstRequests_ShareOneFetch()
    {
        using var atlas = new Atlas(delayMs: 50);
        using var cache = atlas.Cache();
        var client = atlas.Client(cache);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.ListOrgInvitesAsync(Fixtures.OrgId)));

        Assert.That(cache.Fetches, Is.EqualTo(1));
    }

    [Test]
    public async Task GetTokenAsync_EndpointRefuses_ThrowsWithoutTheSecret()
    {
        using var atlas = new Atlas(tokenStatus: 401);
        using var cache = atlas.Cache();

        var ex = await Assert.CatchAsync<AtlasAuthenticationException>(() => cache.GetTokenAsync(CancellationToken.None));

        Assert.That(ex!.StatusCode, Is.EqualTo(401));
        Assert.That(ex.Error, Is.EqualTo("invalid_client"));
        Assert.That(ex.Message, Does.Contain(ClientId).And.Contain("invalid_client").And.Not.Contain(Secret));
        Assert.That(ex.ToString(), Does.Not.Contain(Secret));
    }

    [Test]
    public void ToString_ServiceAccount_RedactsTheSecret()
    {
        var credentials = AtlasCredentials.ServiceAccount(ClientId, Secret);
        var options = new AtlasContract.Client.DependencyInjection.AtlasClientOptions { Credentials = credentials };

        Assert.That(credentials.ToString() + options, Does.Contain(ClientId).And.Not.Contain(Secret));
    }
}
