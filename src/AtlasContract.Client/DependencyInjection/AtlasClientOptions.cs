#nullable enable
using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using AtlasContract.Client.Auth;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// Settings of the Atlas clients: given to a client's constructor (which keeps its own copy) or registered per name
/// by <c>AddAtlasClients</c>, set in code or bound from configuration (<see cref="Bind(IConfiguration, Func{string, string?})"/>).
/// Checked when the host starts (<see cref="AtlasClientOptionsValidator"/>).
/// </summary>
public sealed partial class AtlasClientOptions
{
    /// <summary>Atlas's base address.</summary>
    public Uri BaseAddress { get; set; } = new("https://cloud.mongodb.com");

    /// <summary>
    /// The root of the legacy v1.0 API (<c>ICloudManagerOrgInvitesClient</c>); null for
    /// <see cref="BaseAddress"/> + <c>/api/public/v1.0</c> (Cloud Manager). An Ops Manager server's own
    /// <c>https://host:8080/api/public/v1.0</c>, or Atlas's legacy <c>https://cloud.mongodb.com/api/atlas/v1.0</c>.
    /// </summary>
    public Uri? LegacyApiRoot { get; set; }

    /// <summary>API key (digest) or service account; null sends requests unauthenticated (e.g. to a local stub).</summary>
    public AtlasCredentials? Credentials { get; set; }

    /// <summary>
    /// The OAuth 2.0 token endpoint for service accounts; null (the default) follows <see cref="BaseAddress"/>:
    /// <c>api/oauth/token</c> under it, so a stand-in or a proxy receives the token requests too.
    /// </summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>The token endpoint in use: <see cref="TokenUrl"/> when set, else <c>api/oauth/token</c> under <see cref="BaseAddress"/>.</summary>
    public Uri EffectiveTokenUrl => TokenUrl ?? new Uri(BaseAddress.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? BaseAddress : new Uri(BaseAddress.AbsoluteUri + "/"), "api/oauth/token");

    /// <summary>Timeout of one HTTP request (including auth round trips and retries).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The User-Agent sent with every request; by default <c>AtlasContract.Client/</c> and the assembly's informational version.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Ask for <c>envelope=true</c> responses and unwrap them.</summary>
    public bool UseEnvelope { get; set; }

    /// <summary>A copy, so that a client keeps the settings it was built with.</summary>
    internal AtlasClientOptions Clone()
    {
        var copy = (AtlasClientOptions)MemberwiseClone();
        copy.ConfigurationProblems = new List<string>(ConfigurationProblems);
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() => $"Atlas client for {BaseAddress} with {Credentials?.ToString() ?? "no credentials"}";
}
