#nullable enable
using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// The authentication step of one name's handler chain. The options come with each request, stamped by the
/// client's own <see cref="HttpClient"/> (<see cref="Stamp"/>: the options the client was created with), else they
/// are the name's current options: after a configuration reload, clients created later authenticate with the new
/// credentials (and token URL) and clients created before keep theirs. One digest or token handler per credentials
/// instance, kept as long as the credentials are, so the digest nonce and the token cache are shared by the
/// clients that use the same credentials.
/// </summary>
internal sealed class AtlasAuthenticationHandler : DelegatingHandler
{
    private const string Key = "AtlasContract.Client.Credentials";
    private readonly IServiceProvider _services;
    private readonly string _name;
    private readonly ConditionalWeakTable<AtlasCredentials, HttpMessageInvoker> _byCredentials = new();

    public AtlasAuthenticationHandler(IServiceProvider services, string name)
    {
        _services = services;
        _name = name;
    }

    /// <summary>The options a client's requests carry; the handler chain under it is the name's pooled one.</summary>
    public static HttpMessageHandler Stamp(AtlasClientOptions options, HttpMessageHandler pooled) => new Stamper(options) { InnerHandler = pooled };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = Stamped(request) ?? AtlasServiceCollectionExtensions.OptionsOf(_services, _name);
        return options.Credentials is ApiKeyCredentials or ServiceAccountCredentials
            ? _byCredentials.GetValue(options.Credentials, c => Authenticator(c, options)).SendAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private HttpMessageInvoker Authenticator(AtlasCredentials credentials, AtlasClientOptions options)
    {
        var rest = new Rest(this);
        DelegatingHandler auth = credentials is ApiKeyCredentials key
            ? new DigestAuthenticationHandler(key)
            : new ServiceAccountTokenHandler(_services.GetRequiredService<AtlasTokenCaches>().For(_name, (ServiceAccountCredentials)credentials, options));
        auth.InnerHandler = rest;
        return new HttpMessageInvoker(auth, disposeHandler: false);
    }

    private Task<HttpResponseMessage> SendRestAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);

    private static AtlasClientOptions? Stamped(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(new HttpRequestOptionsKey<AtlasClientOptions?>(Key), out var value) ? value : null;
#else
        return request.Properties.TryGetValue(Key, out var value) ? value as AtlasClientOptions : null;
#endif
    }

    /// <summary>The rest of the chain, below authentication.</summary>
    private sealed class Rest : HttpMessageHandler
    {
        private readonly AtlasAuthenticationHandler _owner;

        public Rest(AtlasAuthenticationHandler owner) => _owner = owner;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => _owner.SendRestAsync(request, cancellationToken);
    }

    /// <summary>Stamps a client's requests with the options it was created with.</summary>
    private sealed class Stamper : DelegatingHandler
    {
        private readonly AtlasClientOptions _options;

        public Stamper(AtlasClientOptions options) => _options = options;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            request.Options.Set(new HttpRequestOptionsKey<AtlasClientOptions?>(Key), _options);
#else
            request.Properties[Key] = _options;
#endif
            return base.SendAsync(request, cancellationToken);
        }
    }
}
