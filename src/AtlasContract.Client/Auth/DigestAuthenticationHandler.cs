#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.Auth;

/// <summary>
/// HTTP Digest (RFC 7616, MD5 and SHA-256, qop=auth) with an Atlas API key. The first request meets a 401
/// challenge and is answered; later requests reuse the server's nonce with an increasing count until Atlas
/// asks again (stale nonce). The same code on net10.0 and netstandard2.0.
/// </summary>
public sealed class DigestAuthenticationHandler : DelegatingHandler
{
    private static readonly Regex Pair = new("(\\w+)=(?:\"([^\"]*)\"|([^\\s,]*))", RegexOptions.CultureInvariant);
    private readonly ApiKeyCredentials _credentials;
    private readonly object _gate = new();
    private Dictionary<string, string>? _challenge;
    private int _count;

    /// <summary>Creates the handler for one API key.</summary>
    public DigestAuthenticationHandler(ApiKeyCredentials credentials) => _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await HttpRequestCloner.PrepareAsync(request).ConfigureAwait(false);
        var known = Authorize(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || Challenge(response) is not { } challenge)
        {
            return response;
        }

        var stale = challenge.TryGetValue("stale", out var s) && s.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (known && !stale)
        {
            // Our answer to a current challenge was refused: the key is wrong. Let the caller see the 401.
            return response;
        }

        lock (_gate)
        {
            _challenge = challenge;
            _count = 0;
        }

        response.Dispose();
        var retry = await HttpRequestCloner.CloneAsync(request).ConfigureAwait(false);
        Authorize(retry);
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private bool Authorize(HttpRequestMessage request)
    {
        Dictionary<string, string> challenge;
        int count;
        lock (_gate)
        {
            if (_challenge is null)
            {
                return false;
            }

            challenge = _challenge;
            count = ++_count;
        }

        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", Answer(challenge, request.Method.Method, PathAndQuery(request), count));
        return true;
    }

    private static string PathAndQuery(HttpRequestMessage request) => request.RequestUri is { IsAbsoluteUri: true } uri ? uri.PathAndQuery : request.RequestUri?.OriginalString ?? "/";

    private static Dictionary<string, string>? Challenge(HttpResponseMessage response)
    {
        var header = response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase));
        if (header?.Parameter is not { } parameter)
        {
            return null;
        }

        var values = Pair.Matches(parameter).Cast<System.Text.RegularExpressions.Match>()
            .ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
        return values.ContainsKey("nonce") && values.ContainsKey("realm") ? values : null;
    }

    private string Answer(Dictionary<string, string> c, string method, string uri, int count)
    {
        var algorithm = c.TryGetValue("algorithm", out var a) ? a : "MD5";
        var sess = algorithm.EndsWith("-sess", StringComparison.OrdinalIgnoreCase);
        Func<string, string> hash = algorithm.StartsWith("SHA-256", StringComparison.OrdinalIgnoreCase) ? Sha256 : Md5;
        var qop = c.TryGetValue("qop", out var q) && q.Split(',').Select(x => x.Trim()).Contains("auth") ? "auth" : null;
        var nc = count.ToString("x8", CultureInfo.InvariantCulture);
        var cnonce = Guid.NewGuid().ToString("N").Substring(0, 16);
        var ha1 = hash($"{_credentials.PublicKey}:{c["realm"]}:{_credentials.PrivateKey}");
        if (sess)
        {
            ha1 = hash($"{ha1}:{c["nonce"]}:{cnonce}");
        }

        var ha2 = hash($"{method}:{uri}");
        var answer = qop is null ? hash($"{ha1}:{c["nonce"]}:{ha2}") : hash($"{ha1}:{c["nonce"]}:{nc}:{cnonce}:{qop}:{ha2}");
        var header = new StringBuilder($"Digest username=\"{_credentials.PublicKey}\", realm=\"{c["realm"]}\", nonce=\"{c["nonce"]}\", uri=\"{uri}\", algorithm={algorithm}, response=\"{answer}\"");
        if (qop is not null)
        {
            header.Append($", qop={qop}, nc={nc}, cnonce=\"{cnonce}\"");
        }

        if (c.TryGetValue("opaque", out var opaque))
        {
            header.Append($", opaque=\"{opaque}\"");
        }

        return header.ToString();
    }

    private static string Md5(string text)
    {
#pragma warning disable CA5351 // RFC 7616 digest with MD5 is what the server asks for.
        using var md5 = MD5.Create();
#pragma warning restore CA5351
        return Hex(md5.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    private static string Sha256(string text)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    private static string Hex(byte[] bytes) => string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}
