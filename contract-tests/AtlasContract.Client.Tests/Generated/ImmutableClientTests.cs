using System.Reflection;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Generated;

/// <summary>Generated clients are configured once, at construction, and can be subclassed for mocking.</summary>
public class ImmutableClientTests
{
    private static IEnumerable<Type> GeneratedClients() =>
        typeof(AtlasClientBase).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(AtlasClientBase).IsAssignableFrom(t));

    /// <summary>A subclass that overrides only the plain call (a decorator or a partial fake).</summary>
    private sealed class PlainOverride(AtlasClientOptions options) : AtlasOrgInvitesClient(new HttpClient(), options)
    {
        public int PlainCalls { get; private set; }

#pragma warning disable CS0672, CS0809 // overrides an obsolete member without being marked obsolete: on purpose, as a consumer's decorator would
        public override Task<IReadOnlyList<OrganizationInvitation>> ListOrgInvitesAsync(string orgId, string? username = null, CancellationToken cancellationToken = default)
        {
            PlainCalls++;
            return Task.FromResult<IReadOnlyList<OrganizationInvitation>>([]);
        }
#pragma warning restore CS0672, CS0809
    }

    /// <summary>A mock built on the protected constructor: nothing is sent.</summary>
    private sealed class Mock : AtlasOrgInvitesClient
    {
#pragma warning disable CS0672, CS0809
        public override Task<AtlasResponse<IReadOnlyList<OrganizationInvitation>>> ListOrgInvitesWithResponseAsync(string orgId, string? username = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(AtlasModelFactory.Response<IReadOnlyList<OrganizationInvitation>>([new OrganizationInvitation { Username = "mock@example.com" }]));
#pragma warning restore CS0672, CS0809
    }

    [Test]
    public void GeneratedClients_PublicProperties_HaveNoSetters()
    {
        Assert.That(GeneratedClients().ToList(), Is.Not.Empty);
        var settable = GeneratedClients()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.That(settable, Is.Empty);
    }

    [Test]
    public void GeneratedClients_ForMocking_HaveAProtectedParameterlessConstructor()
    {
        var without = GeneratedClients()
            .Where(t => t.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not { IsFamily: true })
            .Select(t => t.Name);

        Assert.That(without, Is.Empty);
    }

    [Test]
    public async Task Constructor_OptionsChangedAfterwards_ClientKeepsItsCopy()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        var options = new AtlasClientOptions { BaseAddress = server.BaseUri };
        var client = new AtlasOrgInvitesClient(new HttpClient(), options);

        options.BaseAddress = new Uri("http://127.0.0.1:9/");
        await client.ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(client.BaseAddress, Is.EqualTo(server.BaseUri));
    }

    [Test]
    public async Task ListOrgInvitesWithResponseAsync_SubclassOverridesThePlainCall_StillReadsItsOwnResponse()
    {
        using var server = new LoopbackServer(new CannedResponse(200, Fixtures.Read("v2-invitations.json"), "application/vnd.atlas.2023-01-01+json", new Dictionary<string, string> { ["Deprecation"] = "true" }));
        var client = new PlainOverride(new AtlasClientOptions { BaseAddress = server.BaseUri });

        var response = await client.ListOrgInvitesWithResponseAsync(Fixtures.OrgId);

        Assert.That(response.Value, Is.Not.Empty, "the server's invitations, not the override's empty list");
        Assert.That((response.Info.Operation, response.Info.Deprecation), Is.EqualTo(("listOrgInvites", "true")));
        Assert.That(client.PlainCalls, Is.Zero);
    }

    [Test]
    public async Task ListOrgInvitesAsync_MockOverridesWithResponse_ReturnsTheMockedValue()
    {
        IAtlasOrgInvitesClient client = new Mock();

        var invitations = await client.ListOrgInvitesAsync(Fixtures.OrgId);

        Assert.That(invitations.Single().Username, Is.EqualTo("mock@example.com"));
    }
}
