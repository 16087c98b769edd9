#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

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
    private readonly IHttpMessageHandlerFactory _handlers;
    private readonly IOptionsMonitor<HttpClientFactoryOptions> _httpOptions;
    private readonly List<AtlasClientRegistration> _registrations;

    public AtlasClientFactory(IServiceProvider services, IHttpMessageHandlerFactory handlers, IOptionsMonitor<HttpClientFactoryOptions> httpOptions, IEnumerable<AtlasClientRegistration> registrations)
    {
        _services = services;
        _handlers = handlers;
        _httpOptions = httpOptions;
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
        var options = AtlasServiceCollectionExtensions.OptionsOf(_services, name);
        return (TClient)registration.Create(HttpClientFor(registration.HttpClientName, options), _services, options);
    }

    /// <summary>
    /// What <see cref="IHttpClientFactory.CreateClient(string)"/> gives (the name's pooled handler chain, its
    /// <c>HttpClient</c> settings applied), with the requests stamped with the options the client is created with: a
    /// client keeps its credentials and token URL when a configuration reload changes them.
    /// </summary>
    private HttpClient HttpClientFor(string httpClientName, AtlasClientOptions options)
    {
        var http = new HttpClient(AtlasAuthenticationHandler.Stamp(options, _handlers.CreateHandler(httpClientName)), disposeHandler: false);
        foreach (var configure in _httpOptions.Get(httpClientName).HttpClientActions)
        {
            configure(http);
        }

        return http;
    }
}
