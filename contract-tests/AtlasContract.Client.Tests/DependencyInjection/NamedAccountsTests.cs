using System.Text;
using AtlasContract.Client.Auth;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.Tests.DependencyInjection;

/// <summary>Two Atlas accounts in one container, bound from configuration with credentials by reference.</summary>
public class NamedAccountsTests
{
    /// <summary>A token endpoint issuing "token-{label}" to its own client id only, and an API accepting only that token.</summary>
    private static LoopbackServer Account(string label, string clientId) => new(r => r.Path == "/api/oauth/token"
        ? r.Headers.GetValueOrDefault("Authorization") == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:secret-of-{label}"))
            ? new CannedResponse(200, $$"""{"access_token":"token-{{label}}","expires_in":3600}""", "application/json")
            : new CannedResponse(401, """{"error":"invalid_client"}""", "application/json")
        : r.Headers.GetValueOrDefault("Authorization") == $"Bearer token-{label}" ? new CannedResponse(200, "[]") : new CannedResponse(401, """{"error":401,"errorCode":"NOT_AUTHORIZED"}""", "application/json"));

    private static IConfiguration Configuration(IDictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Test]
    public async Task AddAtlasClients_TwoNamedAccountsFromConfiguration_EachCallsItsOwnAddressWithItsOwnCredentials()
    {
        using var billing = Account("billing", "mdb_sa_id_billing");
        using var support = Account("support", "mdb_sa_id_support");
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["Atlas:Accounts:billing:BaseAddress"] = billing.BaseUri.ToString(),
            ["Atlas:Accounts:billing:ServiceAccount:ClientId"] = "mdb_sa_id_billing",
            ["Atlas:Accounts:billing:ServiceAccount:ClientSecretFrom"] = "Secrets:Billing",
            ["Atlas:Accounts:support:BaseAddress"] = support.BaseUri.ToString(),
            ["Atlas:Accounts:support:ServiceAccount:ClientId"] = "mdb_sa_id_support",
            ["Atlas:Accounts:support:ServiceAccount:ClientSecretFrom"] = "Secrets:Support",
            ["Secrets:Billing"] = "secret-of-billing",
            ["Secrets:Support"] = "secret-of-support",
        });
        var services = new ServiceCollection().AddSingleton(configuration);
        services.AddAtlasClients("billing", configuration.GetSection("Atlas:Accounts:billing"));
        services.AddAtlasClients("support", configuration.GetSection("Atlas:Accounts:support"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IAtlasClientFactory>();

        await factory.CreateClient<IAtlasOrgInvitesClient>("billing").ListOrgInvitesAsync(Fixtures.OrgId);
        await factory.CreateClient<IAtlasOrgInvitesClient>("support").ListOrgInvitesAsync(Fixtures.OrgId);
        await factory.CreateClient<IAtlasOrgInvitesClient>("support").ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(billing.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites" }));
        Assert.That(support.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites", $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites" }));
        Assert.That(provider.GetService<IAtlasOrgInvitesClient>(), Is.Null, "named accounts are not injected unnamed");
    }

    [Test]
    public async Task AddAtlasClients_ConfigurationReloaded_LaterClientsUseTheNewAccountEarlierOnesKeepTheirs()
    {
        using var before = Account("before", "mdb_sa_id_ops");
        using var after = Account("after", "mdb_sa_id_ops");
        var configuration = (IConfigurationRoot)Configuration(new Dictionary<string, string?>
        {
            ["Atlas:BaseAddress"] = before.BaseUri.ToString(),
            ["Atlas:ServiceAccount:ClientId"] = "mdb_sa_id_ops",
            ["Atlas:ServiceAccount:ClientSecretFrom"] = "Secrets:Ops",
            ["Secrets:Ops"] = "secret-of-before",
        });
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddAtlasClients("ops", configuration.GetSection("Atlas"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IAtlasClientFactory>();
        var early = factory.CreateClient<IAtlasOrgInvitesClient>("ops");
        await early.ListOrgInvitesAsync(Fixtures.OrgId);

        // the secret is rotated and the account moves: the reference now resolves to the new secret
        configuration["Atlas:BaseAddress"] = after.BaseUri.ToString();
        configuration["Secrets:Ops"] = "secret-of-after";
        configuration.Reload();
        await factory.CreateClient<IAtlasOrgInvitesClient>("ops").ListOrgInvitesAsync(Fixtures.OrgId);
        await early.ListOrgInvitesAsync(Fixtures.OrgId);

        var list = $"/api/atlas/v2/orgs/{Fixtures.OrgId}/invites";
        Assert.That(after.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", list }), "a client created after the reload uses the new address and secret");
        Assert.That(before.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", list, list }), "a client created before keeps its address and its token");
    }

    [Test]
    public void AddAtlasClients_TwoNamesWithOwnTimeouts_EachTokenClientHasItsNamesTimeout()
    {
        var services = new ServiceCollection();
        services.AddAtlasClients("billing", o => (o.Timeout, o.Credentials) = (TimeSpan.FromSeconds(7), AtlasCredentials.ServiceAccount("mdb_sa_id_billing", "secret-b")));
        services.AddAtlasClients("support", o => (o.Timeout, o.Credentials) = (TimeSpan.FromSeconds(42), AtlasCredentials.ServiceAccount("mdb_sa_id_support", "secret-s")));
        using var provider = services.BuildServiceProvider();
        var caches = provider.GetRequiredService<AtlasTokenCaches>();

        Assert.That(caches.For("billing").TokenHttp.Timeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(caches.For("support").TokenHttp.Timeout, Is.EqualTo(TimeSpan.FromSeconds(42)), "the unnamed options' timeout used to apply to every name's token calls");
    }

    [Test]
    public void CreateClient_UnknownName_ThrowsNamingItAndTheRegisteredOnes()
    {
        var services = new ServiceCollection();
        services.AddAtlasClients("billing", o => o.BaseAddress = new Uri("http://127.0.0.1:9/"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IAtlasClientFactory>().CreateClient<IAtlasOrgUsersClient>("support"));

        Assert.That(ex!.Message, Does.Contain("'support'").And.Contain("'billing'").And.Contain("IAtlasOrgUsersClient"));
    }

    [Test]
    public void Bind_SecretByReference_NeverShowsTheSecret()
    {
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["Atlas:BaseAddress"] = "https://cloud.mongodb.com",
            ["Atlas:ApiKey:PublicKey"] = "pubkey",
            ["Atlas:ApiKey:PrivateKeyFrom"] = "ATLAS_PRIVATE_KEY",
        });
        var options = new AtlasClientOptions();

        options.Bind(configuration.GetSection("Atlas"), name => name == "ATLAS_PRIVATE_KEY" ? "pk-0123-very-secret" : null);

        Assert.That(options.Credentials, Is.InstanceOf<AtlasContract.Client.Auth.ApiKeyCredentials>());
        Assert.That(((AtlasContract.Client.Auth.ApiKeyCredentials)options.Credentials!).PublicKey, Is.EqualTo("pubkey"));
        Assert.That(options.ToString(), Does.Contain("pubkey").And.Not.Contain("pk-0123-very-secret"));
        Assert.That(new AtlasClientOptionsValidator().Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void ValidateOnStart_SeveralProblems_OneLinePerProblemAndNoSecret()
    {
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["Atlas:BaseAddress"] = "cloud.mongodb.com",
            ["Atlas:Timeout"] = "soon",
            ["Atlas:UseEnvelope"] = "maybe",
            ["Atlas:ApiKey:PublicKey"] = "pubkey",
            ["Atlas:ApiKey:PrivateKey"] = "pk-written-in-config",
            ["Atlas:ApiKey:PrivateKeyFrom"] = "ATLAS_NO_SUCH_VARIABLE_8f2c",
        });
        var services = new ServiceCollection().AddSingleton(configuration);
        services.AddAtlasClients("billing", configuration.GetSection("Atlas"));
        services.AddAtlasClients("support", o => (o.BaseAddress, o.UserAgent) = (new Uri("ftp://example.com"), "not a user agent ("));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Catch<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        // one OptionsValidationException per failing name (an AggregateException of them when several fail)
        var failed = (ex as AggregateException)?.InnerExceptions.ToList() ?? [ex!];
        var lines = failed.Cast<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.That(lines, Is.EquivalentTo(new[]
        {
            "Atlas client options 'billing': Atlas:BaseAddress: 'cloud.mongodb.com' is not an absolute http(s) address.",
            "Atlas client options 'billing': Atlas:Timeout: 'soon' is not a time span (e.g. 00:01:40).",
            "Atlas client options 'billing': Atlas:UseEnvelope: 'maybe' is not true or false.",
            "Atlas client options 'billing': Atlas:ApiKey:PrivateKey holds a secret in configuration: keep it in a secret store or the environment and name it with Atlas:ApiKey:PrivateKeyFrom.",
            "Atlas client options 'billing': Atlas:ApiKey:PrivateKeyFrom names 'ATLAS_NO_SUCH_VARIABLE_8f2c', which is neither a configuration key nor an environment variable with a value.",
            "Atlas client options 'support': BaseAddress 'ftp://example.com/' is not an absolute http(s) address.",
            "Atlas client options 'support': UserAgent 'not a user agent (' is not a valid User-Agent header (product/version).",
        }));
        Assert.That(failed.Select(e => e.Message), Has.None.Contains("pk-written-in-config"));
    }

    [Test]
    public async Task AddAtlasClients_NoUserAgentSet_SendsTheAssemblyInformationalVersion()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        var services = new ServiceCollection();
        services.AddAtlasClients(o => o.BaseAddress = server.BaseUri);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);

        var version = typeof(AtlasClientBase).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[0];
        Assert.That(server.Single.Headers["User-Agent"], Is.EqualTo("AtlasContract.Client/" + version));
        Assert.That(version, Is.Not.EqualTo("0.1"));
    }
}
