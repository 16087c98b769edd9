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
    /// Registers <see cref="IAtlasOrgInvitesClient"/> (v2) and <see cref="ICloudManagerOrgInvitesClient"/> (v1.0)
    /// as typed clients: base address, timeout and user agent from the options; digest or service-account
    /// authentication from <see cref="AtlasClientOptions.Credentials"/>; optional retries honouring
    /// Retry-After; deprecation warnings through <see cref="ILogger"/>.
    /// </summary>
    public static IServiceCollection AddAtlasInvitationsClient(this IServiceCollection services, Action<AtlasClientOptions> configure)
    {
        services.Configure(configure);
        services.AddHttpClient(TokenClient, (sp, http) => http.Timeout = Options(sp).Timeout);
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return options.Credentials is ServiceAccountCredentials account
                ? new ServiceAccountTokenCache(account, options.TokenUrl, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenClient))
                : null!;
        });

        Register<IAtlasOrgInvitesClient>(services, "AtlasContract.Client.V2", (http, sp, o) => new AtlasOrgInvitesClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<AtlasOrgInvitesClient>(sp) });
        Register<ICloudManagerOrgInvitesClient>(services, "AtlasContract.Client.V1", (http, sp, o) => new CloudManagerOrgInvitesClient(http) { BaseUrl = o.BaseAddress.ToString(), UseEnvelope = o.UseEnvelope, Logger = Logger<CloudManagerOrgInvitesClient>(sp) });
        return services;
    }

    private static void Register<TClient>(IServiceCollection services, string name, Func<HttpClient, IServiceProvider, AtlasClientOptions, TClient> create)
        where TClient : class
    {
        services.AddHttpClient(name, (sp, http) =>
            {
                var options = Options(sp);
                http.BaseAddress = options.BaseAddress;
                http.Timeout = options.Timeout;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            })
            .AddHttpMessageHandler(sp => Options(sp).Retry.Enabled ? new AtlasRetryHandler(Options(sp).Retry, Logger<AtlasRetryHandler>(sp)) : new PassThroughHandler())
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
