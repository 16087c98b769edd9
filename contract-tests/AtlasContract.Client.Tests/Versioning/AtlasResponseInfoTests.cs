using AtlasContract.Client.DependencyInjection;
using System.Diagnostics.Metrics;
using AtlasContract.Client.V2;
using AtlasContract.Client.Versioning;
using AtlasContract.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace AtlasContract.Client.Tests.Versioning;

public class AtlasResponseInfoTests
{
    private static readonly Dictionary<string, string> Deprecated = new() { ["Deprecation"] = "Mon, 01 Jan 2024 00:00:00 GMT", ["Sunset"] = "Thu, 01 Jul 2027 00:00:00 GMT" };

    [Test]
    public async Task ListOrgInvitesWithResponseAsync_DeprecationAndSunsetHeaders_AreReadableThroughTheInterface()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json; charset=utf-8", Deprecated));
        IAtlasOrgInvitesClient client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

        var response = await client.ListOrgInvitesWithResponseAsync(Fixtures.OrgId);

        var info = response.Info;
        Assert.That(response.Value, Is.Empty);
        Assert.That((info.Operation, info.StatusCode), Is.EqualTo(("listOrgInvites", 200)));
        Assert.That(info.IsDeprecated, Is.True);
        Assert.That(info.Sunset, Is.EqualTo(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(info.DaysToSunset(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero)), Is.EqualTo(30));
        Assert.That(info.DaysToSunset(new DateTimeOffset(2026, 12, 2, 18, 30, 0, TimeSpan.Zero)), Is.EqualTo(211), "calendar days in UTC, as the gate counts: not floored by the time of day");
        Assert.That(info.DaysToSunset(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.FromHours(5))), Is.EqualTo(211), "the UTC date of a local time");
        Assert.That(info.Deprecation, Is.EqualTo("Mon, 01 Jan 2024 00:00:00 GMT"));
        Assert.That(info.Headers["sunset"], Is.EqualTo(new[] { "Thu, 01 Jul 2027 00:00:00 GMT" }));
        Assert.That((info.RequestedVersion, info.ServedVersion), Is.EqualTo(("2023-01-01", "2023-01-01")));
    }

    [Test]
    public async Task ListOrgInvitesWithResponseAsync_NoDeprecationHeaders_NotDeprecatedAndLogsNothing()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        var logger = new TestLogger();
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri }, logger);

        var response = await client.ListOrgInvitesWithResponseAsync(Fixtures.OrgId);

        Assert.That(response.Info.IsDeprecated, Is.False);
        Assert.That(response.Info.DaysToSunset(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)), Is.Null);
        Assert.That(logger.Lines, Is.Empty);
    }

    [Test]
    public async Task ListOrgInvitesAsync_TwentyDeprecatedCalls_LogOneWarningNamingOperationVersionAndSunset()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json", Deprecated));
        var logger = new TestLogger();
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri }, logger);

        for (var i = 0; i < 20; i++)
        {
            await client.ListOrgInvitesAsync(Fixtures.OrgId);
        }

        var warning = logger.Lines.Single(l => l.Level == LogLevel.Warning).Message;
        Assert.That(warning, Does.Contain("listOrgInvites").And.Contain("2023-01-01").And.Contain("deprecated").And.Contain("2027-07-01").And.Contain("/invites"));
    }

    [Test]
    public async Task ListOrgInvitesAsync_DeprecatedCalls_AreCountedAndTheSunsetIsGauged()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json", Deprecated));
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });
        long calls = 0;
        var days = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeprecationTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "atlas.client.deprecated_calls" && Tag(tags, "atlas.operation") == "listOrgInvites" && Tag(tags, "atlas.version") == "2023-01-01")
            {
                Interlocked.Add(ref calls, value);
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "atlas.client.days_to_sunset" && Tag(tags, "atlas.operation") == "listOrgInvites")
            {
                days.Add(value);
            }
        });
        listener.Start();

        for (var i = 0; i < 3; i++)
        {
            await client.ListOrgInvitesAsync(Fixtures.OrgId);
        }

        var clock = DeprecationTelemetry.UtcNow;
        DeprecationTelemetry.UtcNow = () => new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
        try
        {
            listener.RecordObservableInstruments();
        }
        finally
        {
            DeprecationTelemetry.UtcNow = clock;
        }

        Assert.That(Interlocked.Read(ref calls), Is.GreaterThanOrEqualTo(3), "other tests may run in parallel: at least this test's calls");
        Assert.That(days, Has.Count.EqualTo(1));
        Assert.That(days[0], Is.EqualTo(210.5), "2026-12-02 12:00 UTC to 2027-07-01 00:00 UTC");
    }

    [Test]
    public async Task ListOrgInvitesWithResponseAsync_ConcurrentCallsOnOneClient_EachSeesItsOwnResponse()
    {
        // Each answer echoes the username it was asked for in its Deprecation header and varies status-free metadata.
        using var server = new LoopbackServer(r =>
        {
            var who = Uri.UnescapeDataString(r.Query.Split('=')[1]);
            Thread.Sleep(who.Length % 7 * 5);
            return new CannedResponse(200, "[]", "application/vnd.atlas.2023-01-01+json", new Dictionary<string, string> { ["Deprecation"] = who });
        });
        IAtlasOrgInvitesClient client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

        var names = Enumerable.Range(0, 40).Select(i => $"user{new string('x', i)}@example.com").ToList();
        var responses = await Task.WhenAll(names.Select(async name => (name, response: await client.ListOrgInvitesWithResponseAsync(Fixtures.OrgId, name))));

        Assert.That(responses.Select(r => r.response.Info.Deprecation), Is.EqualTo(names));
    }

    [TestCase("application/vnd.atlas.2023-01-01+json", "2023-01-01")]
    [TestCase("application/vnd.atlas.2024-11-13+json;charset=utf-8", "2024-11-13")]
    [TestCase("application/vnd.atlas.preview+json", "preview")]
    [TestCase("application/json", null)]
    public void Version_MediaType_ReadsTheVendorDate(string mediaType, string? version)
    {
        Assert.That(MediaTypes.Version(mediaType), Is.EqualTo(version));
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
