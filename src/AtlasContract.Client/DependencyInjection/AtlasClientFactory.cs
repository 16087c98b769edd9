#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>How one client is built under one name (a singleton per registration).</summary>
internal sealed class AtlasClientRegistration
{
    public AtlasClientRegistration(Type @interface, Type @class, string name, string httpClientName, Func<HttpClient, IServiceProvider, AtlasClientOptions, object> create)
    {
        Interface = @interface;
        Class = @class;
        Name = name;
        HttpClientName = httpClientName;
        Create = create;
    }

    public Type Interface { get; }

    public Type Class { get; }

    public string Name { get; }

    public string HttpClientName { get; }

    public Func<HttpClient, IServiceProvider, AtlasClientOptions, object> Create { get; }
}

/// <summary>Builds a registered client from its name's HTTP client and options.</summary>
internal sealed class AtlasClientFactory : IAtlasClientFactory
{
    private readonly IServiceProvider _services;
    private readonly IHttpClientFactory _httpClients;
    private readonly List<AtlasClientRegistration> _registrations;

    public AtlasClientFactory(IServiceProvider services, IHttpClientFactory httpClients, IEnumerable<AtlasClientRegistration> registrations)
    {
        _services = services;
        _httpClients = httpClients;
        _registrations = registrations.ToList();
    }

    public TClient CreateClient<TClient>(string name)
        where TClient : class
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var registration = _registrations.FirstOrDefault(r => r.Name == name && (r.Interface == typeof(TClient) || r.Class == typeof(TClient)))
            ?? throw new InvalidOperationException(
                $"No {typeof(TClient).Name} is registered under the name '{name}' (registered: {string.Join(", ", _registrations.Where(r => r.Interface == typeof(TClient) || r.Class == typeof(TClient)).Select(r => $"'{r.Name}'").DefaultIfEmpty("none"))}): call services.AddAtlasClients(\"{name}\", …) or the client's own Add method with that name.");
        return (TClient)registration.Create(_httpClients.CreateClient(registration.HttpClientName), _services, AtlasServiceCollectionExtensions.OptionsOf(_services, name));
    }
}
