#nullable enable
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace AtlasContract.Client.Versioning;

/// <summary>
/// Calls to deprecated API versions, for dashboards: the meter <c>AtlasContract.Client</c> has the counter
/// <c>atlas.client.deprecated_calls</c> (one per call answered with <c>Deprecation</c> or <c>Sunset</c>) and the gauge
/// <c>atlas.client.days_to_sunset</c> (days left before each announced sunset), both tagged with
/// <c>atlas.operation</c> and <c>atlas.version</c>. The warning is logged once per operation and version (per logger),
/// not on every call.
/// </summary>
public static class DeprecationTelemetry
{
    /// <summary>The name of the meter.</summary>
    public const string MeterName = "AtlasContract.Client";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> DeprecatedCalls = Meter.CreateCounter<long>("atlas.client.deprecated_calls", unit: "{call}", description: "Calls answered with a Deprecation or Sunset header.");
    private static readonly ConcurrentDictionary<(string Operation, string Version), DateTimeOffset> Sunsets = new();
    private static readonly ConditionalWeakTable<ILogger, ConcurrentDictionary<(string, string), bool>> Warned = new();

    static DeprecationTelemetry()
    {
        Meter.CreateObservableGauge("atlas.client.days_to_sunset", ObserveDaysToSunset, unit: "d", description: "Days left before the announced sunset of a called operation and version.");
    }

    /// <summary>The sunsets seen so far, by operation and version: what the gauge reports.</summary>
    internal static IReadOnlyDictionary<(string Operation, string Version), DateTimeOffset> KnownSunsets => Sunsets.ToDictionary(p => p.Key, p => p.Value);

    internal static void Record(AtlasResponseInfo info, ILogger? logger, string request)
    {
        if (!info.IsDeprecated)
        {
            return;
        }

        var key = (info.Operation ?? request, info.RequestedVersion ?? info.ServedVersion ?? "-");
        DeprecatedCalls.Add(1, new KeyValuePair<string, object?>("atlas.operation", key.Item1), new KeyValuePair<string, object?>("atlas.version", key.Item2));
        if (info.Sunset is { } sunset)
        {
            Sunsets[key] = sunset;
        }

        if (logger is not null && logger.IsEnabled(LogLevel.Warning) && Warned.GetOrCreateValue(logger).TryAdd(key, true))
        {
            logger.LogWarning(
                "Atlas marks {Operation} ({Request}) version {Version} as deprecated (Deprecation: {Deprecation}, Sunset: {Sunset:yyyy-MM-dd}); served version {ServedVersion}. Logged once per operation and version.",
                key.Item1, request, key.Item2, info.Deprecation ?? "-", info.Sunset, info.ServedVersion ?? "-");
        }
    }

    /// <summary>The clock the gauge reads (tests set a fixed one: time is an input).</summary>
    internal static Func<DateTimeOffset> UtcNow { get; set; } = () => DateTimeOffset.UtcNow;

    private static IEnumerable<Measurement<double>> ObserveDaysToSunset()
    {
        var now = UtcNow();
        return Sunsets.Select(p => new Measurement<double>(
            Math.Round((p.Value - now).TotalDays, 2),
            new KeyValuePair<string, object?>("atlas.operation", p.Key.Operation),
            new KeyValuePair<string, object?>("atlas.version", p.Key.Version))).ToList();
    }
}
