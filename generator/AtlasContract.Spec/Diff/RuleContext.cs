using System.Globalization;

namespace AtlasContract.Spec.Diff;

/// <summary>What rules may ask beyond the change itself: today's date (for sunsets) and status classes.</summary>
public sealed class RuleContext(DateOnly today)
{
    public DateOnly Today { get; } = today;

    /// <summary>True when the date parses and lies after today.</summary>
    public bool IsFuture(string? date) => Parse(date) is { } d && d > Today;

    /// <summary>True when the date parses and is today or earlier.</summary>
    public bool IsPast(string? date) => Parse(date) is { } d && d <= Today;

    /// <summary>True when the text is a yyyy-MM-dd date (or an RFC 3339 date-time).</summary>
    public bool IsDate(string? date) => Parse(date) is not null;

    /// <summary>True when both dates parse and <paramref name="after"/> is before <paramref name="before"/>.</summary>
    public bool IsEarlier(string? after, string? before) => Parse(after) is { } a && Parse(before) is { } b && a < b;

    public bool IsSuccess(string? status) => IsSuccessStatus(status);

    /// <summary>A 2xx status ("200", "2XX").</summary>
    public static bool IsSuccessStatus(string? status) => status is { Length: > 0 } s && s[0] == '2';

    /// <summary>An <c>x-stability-level</c> that promises nothing (draft, alpha): such an operation may change or go without notice.</summary>
    public static bool IsUnstable(string? stability) => stability is "draft" or "alpha";

    /// <summary>A yyyy-MM-dd date, or the date of an RFC 3339 date-time ("2027-07-01T00:00:00Z", as oasdiff accepts).</summary>
    private static DateOnly? Parse(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : DateTimeOffset.TryParseExact(date, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? DateOnly.FromDateTime(t.DateTime)
            : null;
}
