#nullable enable
using System;
using AtlasContract.Client.Auth;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>Settings of the Atlas invitation clients registered by <c>AddAtlasInvitationsClient</c>.</summary>
public sealed class AtlasClientOptions
{
    /// <summary>Atlas's base address.</summary>
    public Uri BaseAddress { get; set; } = new("https://cloud.mongodb.com");

    /// <summary>API key (digest) or service account; null sends requests unauthenticated (e.g. to a local stub).</summary>
    public AtlasCredentials? Credentials { get; set; }

    /// <summary>The OAuth 2.0 token endpoint for service accounts.</summary>
    public Uri TokenUrl { get; set; } = new("https://cloud.mongodb.com/api/oauth/token");

    /// <summary>Timeout of one HTTP request (including auth round trips and retries).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The User-Agent sent with every request.</summary>
    public string UserAgent { get; set; } = "AtlasContract.Client/0.1";

    /// <summary>Ask for <c>envelope=true</c> responses and unwrap them.</summary>
    public bool UseEnvelope { get; set; }

    /// <summary>
    /// The standard resilience pipeline (retries of idempotent requests on 408/429/5xx honouring <c>Retry-After</c>,
    /// circuit breaker, timeouts). Off by default; read when the clients are registered.
    /// </summary>
    public AtlasRetryOptions Retry { get; } = new();

    /// <inheritdoc />
    public override string ToString() => $"Atlas client for {BaseAddress} with {Credentials?.ToString() ?? "no credentials"}";
}

/// <summary>Retry policy of the optional resilience handler.</summary>
public sealed class AtlasRetryOptions
{
    /// <summary>Whether requests are retried at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off when Atlas gives no Retry-After; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts; a longer Retry-After is not waited for (the 429 is returned).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
