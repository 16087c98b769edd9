#nullable enable
using System;
using System.Net.Http;
using AtlasContract.Client.Auth;
using AtlasContract.Client.V1;
using AtlasContract.Client.V2;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>Registration of the invitation clients with <c>IHttpClientFactory</c>.</summary>
public static class AtlasServiceCollectionExtensions
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

        services.Configure(configure ?? throw new ArgumentNullException(nameof(configure)));
        services.AddHttpClient(TokenClient, (sp, http) => http.Timeout = Options(sp).Timeout);
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return options.Credentials is ServiceAccountCredentials account
                ? new ServiceAccountTokenCache(account, options.EffectiveTokenUrl, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClient))
                : throw new InvalidOperationException($"No service account is configured ({options}): a token cache exists only for AtlasCredentials.ServiceAccount.");
        });

        Register<IAtlasOrgInvitesClient>(services, "AtlasContract.Client.V2", configureHttpClient, (http, sp, o) => new AtlasOrgInvitesClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<AtlasOrgInvitesClient>(sp) });
        Register<Users.IAtlasOrgUsersClient>(services, "AtlasContract.Client.Users", configureHttpClient, (http, sp, o) => new Users.AtlasOrgUsersClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<Users.AtlasOrgUsersClient>(sp) });
        Register<ICloudManagerOrgInvitesClient>(services, "AtlasContract.Client.V1", configureHttpClient, (http, sp, o) => new CloudManagerOrgInvitesClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<CloudManagerOrgInvitesClient>(sp) });
        return services;
    }

    private static void Register<TClient>(IServiceCollection services, string name, Action<IHttpClientBuilder>? configureHttpClient, Func<HttpClient, IServiceProvider, AtlasClientOptions, TClient> create)
        where TClient : class
    {
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

    private static ILogger Logger<T>(IServiceProvider sp) => sp.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;

    private sealed class PassThroughHandler : DelegatingHandler
    {
    }
}
