#nullable enable
using System;
using AtlasContract.Client.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.Resilience;

/// <summary>
/// Opt-in retries for the Atlas clients, through the standard resilience pipeline (Microsoft.Extensions.Http.Resilience):
/// <c>services.AddAtlasInvitationsClient(o =&gt; …, http =&gt; http.AddAtlasResilience());</c>
/// </summary>
public static class AtlasResilienceExtensions
{
    /// <summary>
    /// Adds the standard resilience pipeline tuned for Atlas (retries of idempotent requests on 408/429/5xx and
    /// network failures, honouring <c>Retry-After</c>; circuit breaker; <see cref="AtlasClientOptions.Timeout"/> as the
    /// total and per-attempt timeout).
    /// </summary>
    /// <param name="builder">One of the Atlas clients' HTTP client builders.</param>
    /// <param name="configure">Sets the retry policy (defaults: 3 retries, 1 s base delay, 30 s longest wait).</param>
    /// <returns>The builder.</returns>
    public static IHttpClientBuilder AddAtlasResilience(this IHttpClientBuilder builder, Action<AtlasRetryOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (configure is not null)
        {
            builder.Services.Configure(builder.Name, configure);
        }

        // The pipeline's timeouts replace the HttpClient's (which would otherwise cut retries short).
        builder.ConfigureHttpClient(http => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
        var name = builder.Name;
        builder.AddStandardResilienceHandler().Configure((resilience, sp) => AtlasResilience.Configure(
            resilience,
            AtlasServiceCollectionExtensions.OptionsOf(sp, AtlasServiceCollectionExtensions.OptionsNameOf(name)),
            sp.GetRequiredService<IOptionsMonitor<AtlasRetryOptions>>().Get(name)));
        return builder;
    }
}

/// <summary>Retry policy of the Atlas resilience pipeline.</summary>
public sealed class AtlasRetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off when Atlas gives no Retry-After; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts; a longer Retry-After is not waited for (the 429 is returned).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
