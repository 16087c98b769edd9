#nullable enable
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.Auth;
using Microsoft.Extensions.Logging;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// Retries idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE) answered 429, 500, 502, 503 or 504: waits
/// what <c>Retry-After</c> says (capped at <see cref="AtlasRetryOptions.MaxDelay"/>), else an exponential
/// back-off with jitter. Other requests and answers pass through.
/// </summary>
public sealed class AtlasRetryHandler : DelegatingHandler
{
    private readonly AtlasRetryOptions _options;
    private readonly ILogger? _logger;
    private readonly Random _jitter = new();

    /// <summary>Creates the handler.</summary>
    public AtlasRetryHandler(AtlasRetryOptions options, ILogger? logger = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await HttpRequestCloner.PrepareAsync(request).ConfigureAwait(false);
        var attempt = request;
        for (var retry = 0; ; retry++)
        {
            var response = await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
            if (retry >= _options.MaxRetries || !Retryable(request.Method, (int)response.StatusCode) || Delay(response, retry) is not { } delay)
            {
                return response;
            }

            _logger?.LogInformation("Atlas answered {Status} to {Method} {Path}; retry {Retry} of {Max} in {Delay} ms", (int)response.StatusCode, request.Method, request.RequestUri?.AbsolutePath, retry + 1, _options.MaxRetries, (int)delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            attempt = await HttpRequestCloner.CloneAsync(request).ConfigureAwait(false);
        }
    }

    private static bool Retryable(HttpMethod method, int status) =>
        status is 429 or 500 or 502 or 503 or 504
        && (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete);

    private TimeSpan? Delay(HttpResponseMessage response, int retry)
    {
        if (AtlasError.RetryAfter(response) is { } asked)
        {
            return asked <= _options.MaxDelay ? asked : null;
        }

        double jitter;
        lock (_jitter)
        {
            jitter = 0.8 + (_jitter.NextDouble() * 0.4);
        }

        var backoff = TimeSpan.FromMilliseconds(_options.BaseDelay.TotalMilliseconds * Math.Pow(2, retry) * jitter);
        return backoff <= _options.MaxDelay ? backoff : _options.MaxDelay;
    }
}
