#nullable enable
using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net.Http;
using AtlasContract.Client.Auth;
using AtlasContract.Client.V1;
using AtlasContract.Client.V2;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// Registration of the clients with <c>IHttpClientFactory</c>, under a name (one Atlas account or organization per
/// name: its own base address, credentials and handler chain) or unnamed. Unnamed clients are injected directly
/// (<c>IAtlasOrgInvitesClient</c>); named ones come from <see cref="IAtlasClientFactory.CreateClient{TClient}(string)"/>.
/// The options of each name are validated when the host starts (<c>ValidateOnStart</c>: one line per problem). The
/// per-client methods and <c>AddAtlasClients</c> are generated from the manifest (<c>Generated/AtlasClients.g.cs</c>);
/// the shared plumbing is here.
/// </summary>
public static partial class AtlasServiceCollectionExtensions
{
    internal const string TokenClient = "AtlasContract.Client.ServiceAccountToken";
    private const string NameSeparator = "::";

    /// <summary>Registers every generated client, unnamed, with the options bound from <paramref name="configuration"/> (see <see cref="AtlasClientOptions.Bind(IConfiguration, Func{string, string?})"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The client's section, e.g. <c>configuration.GetSection("Atlas")</c>.</param>
    /// <param name="configureHttpClient">Adds to each client's handler chain, outside authentication.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddAtlasClients(this IServiceCollection services, IConfiguration configuration, Action<IHttpClientBuilder>? configureHttpClient = null) =>
        AddAtlasClients(services, Options.DefaultName, configuration, configureHttpClient);

    /// <summary>Registers every generated client under <paramref name="name"/>, with the options bound from <paramref name="configuration"/> (see <see cref="AtlasClientOptions.Bind(IConfiguration, Func{string, string?})"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The account's name, for <see cref="IAtlasClientFactory.CreateClient{TClient}(string)"/>.</param>
    /// <param name="configuration">The account's section, e.g. <c>configuration.GetSection("Atlas:Accounts:billing")</c>.</param>
    /// <param name="configureHttpClient">Adds to each client's handler chain, outside authentication.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddAtlasClients(this IServiceCollection services, string name, IConfiguration configuration, Action<IHttpClientBuilder>? configureHttpClient = null)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        // A reload of the configuration (a rotated secret reference, a new BaseAddress) reaches the clients created after it.
        services.AddSingleton<IOptionsChangeTokenSource<AtlasClientOptions>>(new ConfigurationReloadSource(name, configuration));
        return AddAtlasClientsCore(services, name, (o, sp) => o.Bind(configuration, SecretLookup(sp)), configureHttpClient);
    }

    /// <summary>
    /// Registers <see cref="IAtlasOrgInvitesClient"/> (v2), <see cref="Users.IAtlasOrgUsersClient"/> (v2 listOrgUsers, its replacement) and <see cref="ICloudManagerOrgInvitesClient"/> (v1.0)
    /// as typed clients: base address, timeout and user agent from the options; digest or service-account
    /// authentication from <see cref="AtlasClientOptions.Credentials"/> (the token endpoint follows the base
    /// address unless <see cref="AtlasClientOptions.TokenUrl"/> is set); deprecation warnings through
    /// <see cref="ILogger"/>. The options are read when the clients are first created, so later <c>Configure</c>
    /// calls apply too; <paramref name="configure"/> runs once.
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
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        AddAtlasCore(services, Options.DefaultName, (o, _) => configure(o));
        RegisterAtlasOrgInvitesClient(services, Options.DefaultName, configureHttpClient);
        RegisterAtlasOrgUsersClient(services, Options.DefaultName, configureHttpClient);
        RegisterCloudManagerOrgInvitesClient(services, Options.DefaultName, configureHttpClient);
        return services;
    }

    /// <summary>
    /// The options of <paramref name="name"/> (validated at start-up), the client factory and, once per container,
    /// the service-account token caches (one per name).
    /// </summary>
    private static void AddAtlasCore(IServiceCollection services, string name, Action<AtlasClientOptions, IServiceProvider> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        services.AddOptions<AtlasClientOptions>(name).Configure<IServiceProvider>(configure ?? throw new ArgumentNullException(nameof(configure))).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AtlasClientOptions>, AtlasClientOptionsValidator>());
        services.TryAddSingleton<IAtlasClientFactory, AtlasClientFactory>();
        if (services.Any(d => d.ServiceType == typeof(AtlasTokenCaches)))
        {
            return;
        }

        services.AddHttpClient(TokenClient); // its timeout is each name's own, set by AtlasTokenCaches
        services.AddSingleton<AtlasTokenCaches>();
        services.AddSingleton(sp => sp.GetRequiredService<AtlasTokenCaches>().For(Options.DefaultName));
    }

    /// <summary>
    /// One client under one name: its HTTP client (base address, timeout, user agent, the caller's handlers, then
    /// authentication) and how to build it; an unnamed client is also injectable directly.
    /// </summary>
    private static void Register<TInterface, TClient>(IServiceCollection services, string name, string httpName, Action<IHttpClientBuilder>? configureHttpClient, Func<HttpClient, AtlasClientOptions, ILogger, IMeterFactory?, TClient> create)
        where TInterface : class
        where TClient : AtlasClientBase, TInterface
    {
        if (services.Any(d => d.ImplementationInstance is AtlasClientRegistration r && r.Interface == typeof(TInterface) && r.Name == name))
        {
            return; // registered already (AddAtlasClients after AddAtlasInvitationsClient): one handler chain, not two
        }

        var httpClientName = name.Length == 0 ? httpName : httpName + NameSeparator + name;
        services.AddSingleton(new AtlasClientRegistration(typeof(TInterface), typeof(TClient), name, httpClientName, (http, sp, o) =>
            create(http, o, sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(TClient)) ?? NullLogger.Instance, sp.GetService<IMeterFactory>())));
        var builder = services.AddHttpClient(httpClientName, (sp, http) =>
            {
                var options = OptionsOf(sp, name);
                http.BaseAddress = options.BaseAddress;
                http.Timeout = options.Timeout;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            });
        configureHttpClient?.Invoke(builder);
        builder.AddHttpMessageHandler(sp => new AtlasAuthenticationHandler(sp, name));
        if (name.Length == 0)
        {
            services.AddTransient<TInterface>(sp => sp.GetRequiredService<IAtlasClientFactory>().CreateClient<TInterface>(name));
        }
    }

    /// <summary>Secret references are looked up in the container's configuration, then in the environment.</summary>
    private static Func<string, string?> SecretLookup(IServiceProvider sp) =>
        key => sp.GetService<IConfiguration>()?[key] is { Length: > 0 } value ? value : Environment.GetEnvironmentVariable(key);

    /// <summary>The options name of an HTTP client registered here: after the separator, or the default name.</summary>
    internal static string OptionsNameOf(string httpClientName) =>
        httpClientName.IndexOf(NameSeparator, StringComparison.Ordinal) is var at and >= 0 ? httpClientName.Substring(at + NameSeparator.Length) : Options.DefaultName;

    /// <summary>Tells the options monitor when a name's configuration reloads (the configuration's own reload token).</summary>
    private sealed class ConfigurationReloadSource : IOptionsChangeTokenSource<AtlasClientOptions>
    {
        private readonly IConfiguration _configuration;

        public ConfigurationReloadSource(string name, IConfiguration configuration) => (Name, _configuration) = (name, configuration);

        public string Name { get; }

        public IChangeToken GetChangeToken() => _configuration.GetReloadToken();
    }

    internal static AtlasClientOptions OptionsOf(IServiceProvider sp, string name) => sp.GetRequiredService<IOptionsMonitor<AtlasClientOptions>>().Get(name);
}
