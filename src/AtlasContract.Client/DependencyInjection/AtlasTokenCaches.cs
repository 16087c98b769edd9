#nullable enable
using System;
using System.Collections.Concurrent;
using System.Net.Http;
using AtlasContract.Client.Auth;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>One service-account token cache per registration name (each name may be another account).</summary>
internal sealed class AtlasTokenCaches
{
    private readonly IServiceProvider _services;
    private readonly IHttpClientFactory _httpClients;
    private readonly ConcurrentDictionary<string, Lazy<ServiceAccountTokenCache>> _caches = new();

    public AtlasTokenCaches(IServiceProvider services, IHttpClientFactory httpClients)
    {
        _services = services;
        _httpClients = httpClients;
    }

    public ServiceAccountTokenCache For(string name) => _caches.GetOrAdd(name, n => new Lazy<ServiceAccountTokenCache>(() => Create(n))).Value;

    private ServiceAccountTokenCache Create(string name)
    {
        var options = AtlasServiceCollectionExtensions.OptionsOf(_services, name);
        if (options.Credentials is not ServiceAccountCredentials account)
        {
            throw new InvalidOperationException($"No service account is configured ({options}): a token cache exists only for AtlasCredentials.ServiceAccount.");
        }

        // Each CreateClient is a new HttpClient over the pooled handler: this name's timeout is set on its own instance.
        var http = _httpClients.CreateClient(AtlasServiceCollectionExtensions.TokenClient);
        http.Timeout = options.Timeout;
        return new ServiceAccountTokenCache(account, options.EffectiveTokenUrl, http);
    }
}
