#nullable enable
using System;
using System.Collections.Concurrent;
using System.Net.Http;
using AtlasContract.Client.Auth;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// One service-account token cache per registration name and credentials (each name may be another account; a
/// configuration reload that rotates a name's secret starts a new cache for the new credentials).
/// </summary>
internal sealed class AtlasTokenCaches
{
    private readonly IServiceProvider _services;
    private readonly IHttpClientFactory _httpClients;
    private readonly ConcurrentDictionary<(string Name, ServiceAccountCredentials Account), Lazy<ServiceAccountTokenCache>> _caches = new();

    public AtlasTokenCaches(IServiceProvider services, IHttpClientFactory httpClients)
    {
        _services = services;
        _httpClients = httpClients;
    }

    /// <summary>The cache of the name's current credentials.</summary>
    public ServiceAccountTokenCache For(string name)
    {
        var options = AtlasServiceCollectionExtensions.OptionsOf(_services, name);
        return options.Credentials is ServiceAccountCredentials account
            ? For(name, account, options)
            : throw new InvalidOperationException($"No service account is configured ({options}): a token cache exists only for AtlasCredentials.ServiceAccount.");
    }

    /// <summary>The cache of these credentials under this name, with the token URL and timeout of the options they came with.</summary>
    public ServiceAccountTokenCache For(string name, ServiceAccountCredentials account, AtlasClientOptions options) =>
        _caches.GetOrAdd((name, account), key => new Lazy<ServiceAccountTokenCache>(() => Create(key.Account, options))).Value;

    private ServiceAccountTokenCache Create(ServiceAccountCredentials account, AtlasClientOptions options)
    {
        // Each CreateClient is a new HttpClient over the pooled handler: this name's timeout is set on its own instance.
        var http = _httpClients.CreateClient(AtlasServiceCollectionExtensions.TokenClient);
        http.Timeout = options.Timeout;
        return new ServiceAccountTokenCache(account, options.EffectiveTokenUrl, http);
    }
}
