#nullable enable
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AtlasContract.Client.Auth;

/// <summary>
/// Service-account bearer tokens: fetched with the client-credentials flow, cached until shortly before
/// they expire (a tenth of their life, at most a minute), one fetch at a time however many requests wait.
/// One instance per credentials (a singleton under dependency injection).
/// </summary>
public sealed class ServiceAccountTokenCache : IDisposable
{
    private readonly ServiceAccountCredentials _credentials;
    private readonly Uri _tokenUrl;
    private readonly HttpClient _http;

    /// <summary>The client the token requests go through (tests check its timeout).</summary>
    internal HttpClient TokenHttp => _http;
    private readonly Func<DateTimeOffset> _clock;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _current;

    /// <summary>Creates the cache.</summary>
    /// <param name="credentials">The service account.</param>
    /// <param name="tokenUrl">The token endpoint (Atlas: https://cloud.mongodb.com/api/oauth/token).</param>
    /// <param name="http">The client that reaches the token endpoint (not one that adds bearer tokens).</param>
    public ServiceAccountTokenCache(ServiceAccountCredentials credentials, Uri tokenUrl, HttpClient http)
        : this(credentials, tokenUrl, http, () => DateTimeOffset.UtcNow)
    {
    }

    internal ServiceAccountTokenCache(ServiceAccountCredentials credentials, Uri tokenUrl, HttpClient http, Func<DateTimeOffset> clock)
    {
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _tokenUrl = tokenUrl ?? throw new ArgumentNullException(nameof(tokenUrl));
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _clock = clock;
    }

    /// <summary>How many tokens were fetched (for diagnostics and tests).</summary>
    public int Fetches { get; private set; }

    /// <summary>A valid token: the cached one, or a fresh one.</summary>
    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => GetAsync(rejected: null, cancellationToken);

    /// <summary>
    /// A token other than <paramref name="rejected"/> (which Atlas answered 401 to). Concurrent callers holding
    /// the same rejected token share one refresh.
    /// </summary>
    public Task<string> RefreshAsync(string rejected, CancellationToken cancellationToken) => GetAsync(rejected, cancellationToken);

    private async Task<string> GetAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Usable(rejected) is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(rejected) is { } refreshed)
            {
                return refreshed;
            }

            var (fresh, lifetime) = await FetchAsync(cancellationToken).ConfigureAwait(false);
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 10));
            _current = (fresh, _clock() + lifetime - margin);
            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? Usable(string? rejected) =>
        _current is { } current && current.Token != rejected && _clock() < current.RefreshAt ? current.Token : null;

    private async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl)
        {
            Content = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_credentials.ClientId}:{_credentials.ClientSecret}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new AtlasAuthenticationException($"the token request for {_credentials} to {_tokenUrl} failed: {ex.Message}", inner: ex);
        }

        using (response)
        {
            Fetches++;
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            JObject? json = null;
            try
            {
                json = body.TrimStart().StartsWith("{", StringComparison.Ordinal) ? JObject.Parse(body) : null;
            }
            catch (JsonException)
            {
            }

            if (!response.IsSuccessStatusCode || json?["access_token"] is not JValue { Type: JTokenType.String } accessToken)
            {
                var error = (string?)json?["error"];
                var description = (string?)json?["error_description"];
                throw new AtlasAuthenticationException(
                    $"the token request for {_credentials} to {_tokenUrl} was refused: {(int)response.StatusCode} {error ?? response.ReasonPhrase}{(description is null ? string.Empty : " - " + description)}",
                    (int)response.StatusCode,
                    error);
            }

            var seconds = json["expires_in"] is JValue { Type: JTokenType.Integer } e ? (int)e : 3600;
            return ((string)accessToken!, TimeSpan.FromSeconds(Math.Max(1, seconds)));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refresh.Dispose();
}
