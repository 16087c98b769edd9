#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.Auth;

/// <summary>Adds the service account's bearer token; on a 401 refreshes it once and retries once.</summary>
public sealed class ServiceAccountTokenHandler : DelegatingHandler
{
    private readonly ServiceAccountTokenCache _tokens;

    /// <summary>Creates the handler over a (shared) token cache.</summary>
    public ServiceAccountTokenHandler(ServiceAccountTokenCache tokens) => _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await HttpRequestCloner.PrepareAsync(request).ConfigureAwait(false);
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        var retry = await HttpRequestCloner.CloneAsync(request).ConfigureAwait(false);
        retry.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }
}
