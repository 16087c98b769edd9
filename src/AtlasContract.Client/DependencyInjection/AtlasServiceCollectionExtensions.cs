#nullable enable
using System;
using System.Net.Http;
using AtlasContract.Client.Auth;
using AtlasContract.Client.V1;
using AtlasContract.Client.V2;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
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
    /// authentication from <see cref="AtlasClientOptions.Credentials"/>; with <see cref="AtlasRetryOptions.Enabled"/>,
    /// the standard resilience pipeline (Microsoft.Extensions.Http.Resilience) honouring Retry-After;
    /// deprecation warnings through <see cref="ILogger"/>.
    /// </summary>
    public static IServiceCollection AddAtlasInvitationsClient(this IServiceCollection services, Action<AtlasClientOptions> configure)
    {
        services.Configure(configure);

        // Whether the resilience pipeline is part of the handler chain is decided here, once.
        var probe = new AtlasClientOptions();
        configure(probe);
        var withRetries = probe.Retry.Enabled;
        services.AddHttpClient(TokenClient, (sp, http) => http.Timeout = Options(sp).Timeout);
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return options.Credentials is ServiceAccountCredentials account
                ? new ServiceAccountTokenCache(account, options.TokenUrl, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClient))
                : null!;
        });

        Register<IAtlasOrgInvitesClient>(services, "AtlasContract.Client.V2", withRetries, (http, sp, o) => new AtlasOrgInvitesClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<AtlasOrgInvitesClient>(sp) });
        Register<Users.IAtlasOrgUsersClient>(services, "AtlasContract.Client.Users", withRetries, (http, sp, o) => new Users.AtlasOrgUsersClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<Users.AtlasOrgUsersClient>(sp) });
        Register<ICloudManagerOrgInvitesClient>(services, "AtlasContract.Client.V1", withRetries, (http, sp, o) => new CloudManagerOrgInvitesClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<CloudManagerOrgInvitesClient>(sp) });
        return services;
    }

    private static void Register<TClient>(IServiceCollection services, string name, bool withRetries, Func<HttpClient, IServiceProvider, AtlasClientOptions, TClient> create)
        where TClient : class
    {
        var builder = services.AddHttpClient(name, (sp, http) =>
            {
                var options = Options(sp);
                http.BaseAddress = options.BaseAddress;
                http.Timeout = options.Retry.Enabled ? System.Threading.Timeout.InfiniteTimeSpan : options.Timeout;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            });
        if (withRetries)
        {
            builder.AddStandardResilienceHandler().Configure((resilience, sp) => AtlasResilience.Configure(resilience, Options(sp)));
        }

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
