#nullable enable
using System;
using System.Collections.Generic;

namespace AtlasContract.Client.Versioning;

/// <summary>What one response said: status, headers, versions and deprecation. Immutable; belongs to its call.</summary>
public sealed class AtlasResponseInfo
{
    internal AtlasResponseInfo(string? operation, int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, string? requestedVersion, string? servedVersion, string? deprecation, DateTimeOffset? sunset)
    {
        Operation = operation;
        StatusCode = statusCode;
        Headers = headers;
        RequestedVersion = requestedVersion;
        ServedVersion = servedVersion;
        Deprecation = deprecation;
        Sunset = sunset;
    }

    /// <summary>The operation that was called (its operationId, e.g. <c>listOrgInvites</c>).</summary>
    public string? Operation { get; }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The response and content headers (names compared without case).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The version the request asked for (from its Accept header).</summary>
    public string? RequestedVersion { get; }

    /// <summary>The version Atlas served (from the response Content-Type).</summary>
    public string? ServedVersion { get; }

    /// <summary>The <c>Deprecation</c> header, when Atlas sent one (a date or "true").</summary>
    public string? Deprecation { get; }

    /// <summary>The <c>Sunset</c> header as a date, when Atlas sent one.</summary>
    public DateTimeOffset? Sunset { get; }

    /// <summary>Whether Atlas announced the deprecation or the sunset of what was called.</summary>
    public bool IsDeprecated => Deprecation is not null || Sunset is not null;

    /// <summary>
    /// Days from <paramref name="now"/>'s UTC date to the sunset's UTC date (negative once past), or null without a
    /// sunset: calendar days, as the gate's sunset countdown counts them, whatever the time of day.
    /// </summary>
    public int? DaysToSunset(DateTimeOffset now) => Sunset is { } sunset ? (int)(sunset.UtcDateTime.Date - now.UtcDateTime.Date).TotalDays : null;
}
