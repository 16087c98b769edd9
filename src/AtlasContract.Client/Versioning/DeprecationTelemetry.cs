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
/// <c>atlas.operation</c> and <c>atlas.version</c>. The meter comes from the container's <see cref="IMeterFactory"/>
/// when the client is given one (so each host, and each test, sees only its own measurements), else it is one
/// process-wide static meter. The warning is logged once per operation and version (per logger), not on every call.
/// </summary>
public static class DeprecationTelemetry
{
    /// <summary>The name of the meter.</summary>
    public const string MeterName = "AtlasContract.Client";

    private static readonly ConditionalWeakTable<IMeterFactory, Instruments> ByFactory = new();
    private static readonly Lazy<Instruments> Shared = new(() => new Instruments(new Meter(MeterName)));
    private static readonly ConditionalWeakTable<ILogger, ConcurrentDictionary<(string, string), bool>> Warned = new();

    /// <summary>The clock the gauge reads (tests set a fixed one: time is an input).</summary>
    internal static Func<DateTimeOffset> UtcNow { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>The instruments on <paramref name="meterFactory"/>'s meter (one set per factory), or the static meter's.</summary>
    internal static Instruments For(IMeterFactory? meterFactory) =>
        meterFactory is null ? Shared.Value : ByFactory.GetValue(meterFactory, f => new Instruments(f.Create(new MeterOptions(MeterName))));

    /// <summary>The counter, the gauge and the sunsets it reports, on one meter.</summary>
    internal sealed class Instruments
    {
        private readonly Counter<long> _deprecatedCalls;
        private readonly ConcurrentDictionary<(string Operation, string Version), DateTimeOffset> _sunsets = new();

        internal Instruments(Meter meter)
        {
            _deprecatedCalls = meter.CreateCounter<long>("atlas.client.deprecated_calls", unit: "{call}", description: "Calls answered with a Deprecation or Sunset header.");
            meter.CreateObservableGauge("atlas.client.days_to_sunset", ObserveDaysToSunset, unit: "d", description: "Days left before the announced sunset of a called operation and version.");
        }

        /// <summary>The sunsets seen so far, by operation and version: what the gauge reports.</summary>
        internal IReadOnlyDictionary<(string Operation, string Version), DateTimeOffset> KnownSunsets => _sunsets.ToDictionary(p => p.Key, p => p.Value);

        internal void Record(AtlasResponseInfo info, ILogger? logger, string request)
        {
            if (!info.IsDeprecated)
            {
                return;
            }

            var key = (info.Operation ?? request, info.RequestedVersion ?? info.ServedVersion ?? "-");
            _deprecatedCalls.Add(1, new KeyValuePair<string, object?>("atlas.operation", key.Item1), new KeyValuePair<string, object?>("atlas.version", key.Item2));
            if (info.Sunset is { } sunset)
            {
                _sunsets[key] = sunset;
            }

            if (logger is not null && logger.IsEnabled(LogLevel.Warning) && Warned.GetOrCreateValue(logger).TryAdd(key, true))
            {
                logger.LogWarning(
                    "Atlas marks {Operation} ({Request}) version {Version} as deprecated (Deprecation: {Deprecation}, Sunset: {Sunset:yyyy-MM-dd}); served version {ServedVersion}. Logged once per operation and version.",
                    key.Item1, request, key.Item2, info.Deprecation ?? "-", info.Sunset, info.ServedVersion ?? "-");
            }
        }

        private IEnumerable<Measurement<double>> ObserveDaysToSunset()
        {
            var now = UtcNow();
            return _sunsets.Select(p => new Measurement<double>(
                Math.Round((p.Value - now).TotalDays, 2),
                new KeyValuePair<string, object?>("atlas.operation", p.Key.Operation),
                new KeyValuePair<string, object?>("atlas.version", p.Key.Version))).ToList();
        }
    }
}
