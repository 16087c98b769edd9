#nullable enable
using System;
using System.Linq;
using System.Net.Http;
using AtlasContract.Client.Auth;
using AtlasContract.Client.V1;
using AtlasContract.Client.V2;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// Registration of the clients with <c>IHttpClientFactory</c>. The per-client methods and <c>AddAtlasClients</c> are
/// generated from the manifest (<c>Generated/AtlasClients.g.cs</c>); the shared plumbing is here.
/// </summary>
public static partial class AtlasServiceCollectionExtensions
{
    private const string TokenClient = "AtlasContract.Client.ServiceAccountToken";

    /// <summary>
    /// Registers <see cref="IAtlasOrgInvitesClient"/> (v2), <see cref="Users.IAtlasOrgUsersClient"/> (v2 listOrgUsers, its replacement) and <see cref="ICloudManagerOrgInvitesClient"/> (v1.0)
    /// as typed clients: base address, timeout and user agent from the options; digest or service-account
    /// authentication from <see cref="AtlasClientOptions.Credentials"/> (the token endpoint follows the base
    /// address unless <see cref="AtlasClientOptions.TokenUrl"/> is set); deprecation warnings through
    /// <see cref="ILogger"/>. Everything is read from <c>IOptions&lt;AtlasClientOptions&gt;</c> when the clients are
    /// created, so later <c>Configure</c> calls apply too; <paramref name="configure"/> runs once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="configureHttpClient">
    /// Adds to each client's handler chain, outside authentication: e.g. <c>http =&gt; http.AddAtlasResilience()</c>
    /// from the AtlasContract.Client.Resilience package, or any <c>DelegatingHandler</c>.
    /// </param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddAtlasInvitationsClient(this IServiceCollection services, Action<AtlasClientOptions> configure, Action<IHttpClientBuilder>? configureHttpClient = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        AddAtlasCore(services, configure);
        RegisterAtlasOrgInvitesClient(services, configureHttpClient);
        RegisterAtlasOrgUsersClient(services, configureHttpClient);
        RegisterCloudManagerOrgInvitesClient(services, configureHttpClient);
        return services;
    }

    /// <summary>The options and, once per container, the service-account token cache every client shares.</summary>
    private static void AddAtlasCore(IServiceCollection services, Action<AtlasClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.Configure(configure ?? throw new ArgumentNullException(nameof(configure)));
        if (services.Any(d => d.ServiceType == typeof(ServiceAccountTokenCache)))
        {
            return;
        }

        services.AddHttpClient(TokenClient, (sp, http) => http.Timeout = Options(sp).Timeout);
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return options.Credentials is ServiceAccountCredentials account
                ? new ServiceAccountTokenCache(account, options.EffectiveTokenUrl, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClient))
                : throw new InvalidOperationException($"No service account is configured ({options}): a token cache exists only for AtlasCredentials.ServiceAccount.");
        });
    }

    /// <summary>What every generated client takes from the options besides its base URL (set where it is created).</summary>
    private static TClient Configure<TClient>(TClient client, IServiceProvider sp, AtlasClientOptions options)
        where TClient : AtlasClientBase
    {
        client.UseEnvelope = options.UseEnvelope;
        client.Logger = sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(TClient)) ?? NullLogger.Instance;
        if (client is CloudManagerOrgInvitesClient legacy)
        {
            legacy.ApiRoot = options.LegacyApiRoot;
        }

        return client;
    }

    private static void Register<TClient>(IServiceCollection services, string name, Action<IHttpClientBuilder>? configureHttpClient, Func<HttpClient, IServiceProvider, AtlasClientOptions, TClient> create)
        where TClient : class
    {
        if (services.Any(d => d.ServiceType == typeof(TClient)))
        {
            return; // registered already (AddAtlasClients after AddAtlasInvitationsClient): one handler chain, not two
        }

        var builder = services.AddHttpClient(name, (sp, http) =>
            {
                var options = Options(sp);
                http.BaseAddress = options.BaseAddress;
                http.Timeout = options.Timeout;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            });
        configureHttpClient?.Invoke(builder);
        builder
            .AddHttpMessageHandler(sp => Options(sp).Credentials switch
            {
                ApiKeyCredentials key => new DigestAuthenticationHandler(key),
                ServiceAccountCredentials => new ServiceAccountTokenHandler(sp.GetRequiredService<ServiceAccountTokenCache>()),
                _ => new PassThroughHandler(),
            })
            .AddTypedClient((http, sp) => create(http, sp, Options(sp)));
    }

    private static AtlasClientOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<AtlasClientOptions>>().Value;

    private sealed class PassThroughHandler : DelegatingHandler
    {
    }
}
