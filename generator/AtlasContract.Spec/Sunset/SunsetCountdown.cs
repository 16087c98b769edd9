using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Spec.Sunset;

/// <summary>
/// One operation at one media-type version that a pact uses: its <c>x-sunset</c> date (from the fragment's
/// responses in that media type) and the days left. INFO outside the warning window (or no sunset), WARN inside
/// it, ERR once the date has passed (Atlas then answers 410 Gone).
/// </summary>
public sealed record SunsetRow(string Contract, string Operation, string Endpoint, string MediaType, DateOnly? Sunset, int? DaysLeft, Level Level)
{
    public string Message => Sunset is not { } date
        ? "no sunset announced"
        : DaysLeft < 0 ? $"sunset {date:yyyy-MM-dd} passed {-DaysLeft} days ago: Atlas answers 410 Gone"
        : $"sunset {date:yyyy-MM-dd}, {DaysLeft} days left";

    public override string ToString() => $"{Level.Name(),-4} {Operation} ({Endpoint}, {MediaType}): {Message}";
}

/// <summary>The countdown of every (operation, media type) the pacts use, worst first.</summary>
public sealed class SunsetReport(IReadOnlyList<SunsetRow> rows, int warnDays)
{
    public IReadOnlyList<SunsetRow> Rows { get; } = rows;

    public int WarnDays { get; } = warnDays;

    public Level Worst => Rows.Count == 0 ? Level.Info : Rows.Max(r => r.Level);

    public string Summary()
    {
        if (Rows.Count == 0)
        {
            return "no pact interaction matches a declared operation";
        }

        var next = Rows.Where(r => r.DaysLeft is not null).OrderBy(r => r.DaysLeft).FirstOrDefault();
        return $"{Rows.Count} operation versions used; " + (next is null ? "none has a sunset" : $"next: {next.Operation} {Version(next.MediaType)} {next.Message} ({next.Level.Name()})");
    }

    private static string Version(string mediaType) =>
        System.Text.RegularExpressions.Regex.Match(mediaType, @"\d{4}-\d{2}-\d{2}") is { Success: true } m ? m.Value : mediaType;
}

public static class SunsetCountdown
{
    /// <summary>The pacts' interactions of each contract, against that contract's fragment, on <paramref name="today"/>.</summary>
    public static SunsetReport Check(IEnumerable<(string Contract, SpecDocument Spec, IEnumerable<PactInteraction> Interactions)> contracts, DateOnly today, int warnDays)
    {
        var rows = new Dictionary<(string, string), SunsetRow>();
        foreach (var (contract, spec, interactions) in contracts)
        {
            var paths = new PathMatcher(spec);
            foreach (var interaction in interactions)
            {
                if (paths.Match(interaction.Path) is not { } match || spec.Paths[match.Template]?[interaction.Method.ToLowerInvariant()] is not JsonObject operation)
                {
                    continue;
                }

                var endpoint = $"{interaction.Method.ToUpperInvariant()} {match.Template}";
                foreach (var mediaType in Accepted(interaction))
                {
                    if (!rows.ContainsKey((endpoint, mediaType)) && Offered(operation, mediaType, out var sunsetText))
                    {
                        var sunset = DateOnly.TryParseExact(sunsetText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
                        var daysLeft = sunset is { } d ? d.DayNumber - today.DayNumber : (int?)null;
                        var level = daysLeft is null ? Level.Info : daysLeft < 0 ? Level.Err : daysLeft <= warnDays ? Level.Warn : Level.Info;
                        rows[(endpoint, mediaType)] = new SunsetRow(contract, operation["operationId"]?.ToString() ?? endpoint, endpoint, mediaType, sunset, daysLeft, level);
                    }
                }
            }
        }

        return new SunsetReport(rows.Values.OrderByDescending(r => r.Level).ThenBy(r => r.DaysLeft ?? int.MaxValue).ThenBy(r => r.Operation, StringComparer.Ordinal).ToList(), warnDays);
    }

    /// <summary>The vendor media types the request asks for (its Accept header).</summary>
    private static IEnumerable<string> Accepted(PactInteraction interaction) =>
        interaction.RequestHeaders.Where(h => string.Equals(h.Key, "Accept", StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value).SelectMany(v => v.Split(','))
            .Select(v => v.Split(';')[0].Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether any response of the operation offers <paramref name="mediaType"/>, and its x-sunset if one does.</summary>
    private static bool Offered(JsonObject operation, string mediaType, out string? sunset)
    {
        sunset = null;
        var offered = false;
        foreach (var (_, response) in operation["responses"] as JsonObject ?? [])
        {
            if (response?["content"]?[mediaType] is JsonObject content)
            {
                offered = true;
                sunset ??= content["x-sunset"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            }
        }

        return offered;
    }
}
