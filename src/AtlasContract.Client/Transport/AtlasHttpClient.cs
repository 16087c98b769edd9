#nullable enable
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.Auth;

namespace AtlasContract.Client;

/// <summary>
/// What the generated clients send through: the caller's <see cref="System.Net.Http.HttpClient"/> (its handlers, base
/// address, default headers and timeout all apply), with every failure of a call turned into an
/// <see cref="AtlasException"/> that names the operation. Any <see cref="System.Net.Http.HttpClient"/> converts to it
/// implicitly, so <c>new AtlasOrgInvitesClient(httpClient)</c> reads as before.
/// </summary>
public sealed class AtlasHttpClient : IDisposable
{
    private readonly bool _disposeHttpClient;

    /// <summary>Wraps <paramref name="httpClient"/>, which stays owned by the caller (or <c>IHttpClientFactory</c>): disposing this wrapper never disposes it.</summary>
    /// <param name="httpClient">The client that sends.</param>
    public AtlasHttpClient(HttpClient httpClient)
        : this(httpClient, disposeHttpClient: false)
    {
    }

    /// <summary>Wraps <paramref name="httpClient"/>; with <paramref name="disposeHttpClient"/> the wrapper owns it and disposes it.</summary>
    /// <param name="httpClient">The client that sends.</param>
    /// <param name="disposeHttpClient">True to hand <paramref name="httpClient"/> over to this wrapper.</param>
    public AtlasHttpClient(HttpClient httpClient, bool disposeHttpClient)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _disposeHttpClient = disposeHttpClient;
    }

    /// <summary>The wrapped client.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Wraps <paramref name="httpClient"/>, which stays the caller's (never disposed by the wrapper).</summary>
    /// <param name="httpClient">The client that sends.</param>
    public static implicit operator AtlasHttpClient(HttpClient httpClient) => new(httpClient);

    /// <summary>
    /// Sends the request. Network failures and timeouts (the <see cref="System.Net.Http.HttpClient.Timeout"/>, or a resilience
    /// pipeline's) throw <see cref="AtlasTransportException"/>; a refused or unreachable token endpoint
    /// <see cref="AtlasAuthenticationException"/>; both name the operation. The caller's own cancellation stays an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="request">The request (carrying its operation, set by the generated code).</param>
    /// <param name="completionOption">When the call completes.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    /// <returns>The response, whatever its status.</returns>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var operation = AtlasCall.Operation(request) ?? "request";
        try
        {
            return await HttpClient.SendAsync(request, completionOption, cancellationToken).ConfigureAwait(false);
        }
        catch (AtlasAuthenticationException ex)
        {
            throw ex.For(operation);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not (AtlasException or ArgumentException or InvalidOperationException))
        {
            // Network failures, and timeouts: the HttpClient's (a cancellation the caller did not ask for) or a
            // resilience pipeline's (Polly's TimeoutRejectedException, found by name: Polly is not a dependency).
            var timeout = ex is OperationCanceledException or TimeoutException || ex.GetType().Name == "TimeoutRejectedException";
            throw new AtlasTransportException(
                $"{operation}: {request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)} {(timeout ? "timed out" : "failed: " + ex.Message)}", operation, timeout, ex);
        }
    }

    /// <summary>Disposes the wrapped client only when this wrapper was given ownership of it (<c>disposeHttpClient: true</c>).</summary>
    public void Dispose()
    {
        if (_disposeHttpClient)
        {
            HttpClient.Dispose();
        }
    }
}
