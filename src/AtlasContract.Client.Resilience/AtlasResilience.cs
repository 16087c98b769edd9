#nullable enable
using System;
using System.Net.Http;
using System.Threading.Tasks;
using AtlasContract.Client.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AtlasContract.Client.Resilience;

/// <summary>
/// The optional standard resilience pipeline (Microsoft.Extensions.Http.Resilience) tuned for Atlas: retries
/// idempotent requests on 408, 429 and 5xx (and network failures), waiting what <c>Retry-After</c> says, else
/// an exponential back-off with jitter; a <c>Retry-After</c> longer than <see cref="AtlasRetryOptions.MaxDelay"/>
/// is not waited for: the 429 reaches the caller as <see cref="AtlasRateLimitedException"/>.
/// </summary>
internal static class AtlasResilience
{
    public static void Configure(HttpStandardResilienceOptions resilience, AtlasClientOptions options, AtlasRetryOptions retry)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;
        resilience.AttemptTimeout.Timeout = options.Timeout;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(options.Timeout.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        resilience.Retry.MaxRetryAttempts = Math.Max(1, retry.MaxRetries);
        resilience.Retry.Delay = retry.BaseDelay;
        resilience.Retry.MaxDelay = retry.MaxDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.Retry.ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, retry));
        resilience.Retry.DisableForUnsafeHttpMethods();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, AtlasRetryOptions retry)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        return outcome.Result is not { } response || AtlasError.RetryAfter(response) is not { } asked || asked <= retry.MaxDelay;
    }
}
