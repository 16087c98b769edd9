#nullable enable
using System;

namespace AtlasContract.Client.Versioning;

/// <summary>What the last response said about versions and deprecation.</summary>
public sealed class AtlasResponseInfo
{
    internal AtlasResponseInfo(int statusCode, string? requestedVersion, string? servedVersion, string? deprecation, DateTimeOffset? sunset)
    {
        StatusCode = statusCode;
        RequestedVersion = requestedVersion;
        ServedVersion = servedVersion;
        Deprecation = deprecation;
        Sunset = sunset;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

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
}
