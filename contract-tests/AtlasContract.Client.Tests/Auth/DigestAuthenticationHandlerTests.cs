using AtlasContract.Client.DependencyInjection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AtlasContract.Client.Auth;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Auth;

public partial class DigestAuthenticationHandlerTests
{
    private const string PublicKey = "wxyzabcd";
    private const string PrivateKey = "3c4d9f2e-0000-4a4a-9f9f-secretsecret";
    private const string Realm = "MMS Public API";

    /// <summary>A server that checks digest answers the way RFC 7616 says (an oracle written apart from the handler).</summary>
    private static CannedResponse DigestServer(RecordedRequest request, string nonce, string privateKey = PrivateKey)
    {
        Dictionary<string, string> Challenge(bool stale) => new() { ["WWW-Authenticate"] = $"Digest realm=\"{Realm}\", domain=\"\", nonce=\"{nonce}\", algorithm=MD5, qop=\"auth\", stale={(stale ? "true" : "false")}" };
        if (!request.Headers.TryGetValue("Authorization", out var header) || !header.StartsWith("Digest ", StringComparison.Ordinal))
        {
            return new CannedResponse(401, """{"error":401,"errorCode":"UNAUTHORIZED","reason":"Unauthorized"}""", "application/json", Challenge(stale: false));
        }

        var p = DigestPair().Matches(header).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
        if (p["nonce"] != nonce)
        {
            return new CannedResponse(401, """{"error":401,"errorCode":"UNAUTHORIZED"}""", "application/json", Challenge(stale: true));
        }

        var ha1 = Md5($"{PublicKey}:{Realm}:{privateKey}");
        var ha2 = Md5($"{request.Method}:{request.RawUrl}");
        var expected = Md5($"{ha1}:{nonce}:{p["nc"]}:{p["cnonce"]}:auth:{ha2}");
        var ok = p["username"] == PublicKey && p["nonce"] == nonce && p["uri"] == request.RawUrl && p["response"] == expected;
        return ok ? new CannedResponse(200, "[]") : new CannedResponse(401, """{"error":401,"errorCode":"UNAUTHORIZED"}""", "application/json", Challenge(stale: false));
    }

    private static string Md5(string s) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(s)));

    private static AtlasOrgInvitesClient Client(LoopbackServer server, string privateKey = PrivateKey)
    {
        var handler = new DigestAuthenticationHandler((ApiKeyCredentials)AtlasCredentials.ApiKey(PublicKey, privateKey)) { InnerHandler = new HttpClientHandler() };
        return new AtlasOrgInvitesClient(new HttpClient(handler), new AtlasClientOptions { BaseAddress = server.BaseUri });
    }

    [Test]
    public async Task SendAsync_FirstRequest_AnswersTheChallengeThenReusesTheNonce()
    {
        using var server = new LoopbackServer(r => DigestServer(r, "nonce-1"));
        var client = Client(server);

        await client.ListOrgInvitesAsync(Fixtures.OrgId, "a+b@example.com");
        await client.ListOrgInvitesAsync(Fixtures.OrgId);

        var requests = server.Requests.ToList();
        Assert.That(requests, Has.Count.EqualTo(3), "challenge, answer, then one preemptive request");
        Assert.That(requests[0].Headers.ContainsKey("Authorization"), Is.False);
        Assert.That(requests[2].Headers["Authorization"], Does.Contain("nc=00000002"));
    }

    [Test]
    public async Task SendAsync_WrongPrivateKey_SurfacesTheUnauthorizedWithoutTheSecret()
    {
        using var server = new LoopbackServer(r => DigestServer(r, "nonce-1"));

        var ex = await Assert.CatchAsync<AtlasUnauthorizedException>(() => Client(server, "wrong-key-wrong-key").ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.StatusCode, Is.EqualTo(401));
        Assert.That(server.Requests, Has.Count.EqualTo(2), "one challenge, one refused answer, no loop");
        Assert.That(ex.ToString() + ex.Message, Does.Not.Contain("wrong-key-wrong-key").And.Not.Contain(PrivateKey));
    }

    [Test]
    public async Task SendAsync_StaleNonce_AnswersTheNewChallenge()
    {
        var nonce = "nonce-1";
        using var server = new LoopbackServer(r => DigestServer(r, nonce));
        var client = Client(server);
        await client.ListOrgInvitesAsync(Fixtures.OrgId);
        nonce = "nonce-2";

        await client.ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(server.Requests.Last().Headers["Authorization"], Does.Contain("nonce=\"nonce-2\""));
    }

    [Test]
    public void ToString_ApiKey_RedactsThePrivateKey()
    {
        Assert.That(AtlasCredentials.ApiKey(PublicKey, PrivateKey).ToString(), Is.EqualTo($"API key {PublicKey} (private key redacted)"));
    }

    [GeneratedRegex("(\\w+)=(?:\"([^\"]*)\"|([^\\s,]*))")]
    private static partial Regex DigestPair();
}
