using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V2;
using AtlasContract.Client.Versioning;
using AtlasContract.Tests.Shared;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AtlasContract.Client.Tests.Versioning;

/// <summary>The deprecation counter goes through the container's IMeterFactory: each host sees its own calls only.</summary>
public class DeprecationMetricsTests
{
    private static readonly Dictionary<string, string> Deprecated = new() { ["Deprecation"] = "true", ["Sunset"] = "Thu, 01 Jul 2027 00:00:00 GMT" };

    private static ServiceProvider Host(Uri server)
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddAtlasClients(o => o.BaseAddress = server);
        return services.BuildServiceProvider();
    }

    [Test]
    public async Task ListOrgInvitesAsync_ContainerWithMeterFactory_CountsOnThatFactorysMeterOnly()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json", Deprecated));
        using var first = Host(server.BaseUri);
        using var second = Host(server.BaseUri);
        using var firstCalls = new MetricCollector<long>(first.GetRequiredService<IMeterFactory>(), DeprecationTelemetry.MeterName, "atlas.client.deprecated_calls");
        using var secondCalls = new MetricCollector<long>(second.GetRequiredService<IMeterFactory>(), DeprecationTelemetry.MeterName, "atlas.client.deprecated_calls");

        await first.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);
        await first.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);
        await second.GetRequiredService<IAtlasOrgInvitesClient>().ListOrgInvitesAsync(Fixtures.OrgId);

        var measured = firstCalls.GetMeasurementSnapshot();
        Assert.That(measured.Select(m => (m.Value, m.Tags["atlas.operation"], m.Tags["atlas.version"])), Is.EqualTo(new[] { (1L, (object?)"listOrgInvites", (object?)"2023-01-01"), (1L, "listOrgInvites", "2023-01-01") }));
        Assert.That(secondCalls.GetMeasurementSnapshot(), Has.Count.EqualTo(1));
    }
}
