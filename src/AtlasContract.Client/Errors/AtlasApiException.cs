#nullable enable
using System;
using System.Collections.Generic;

namespace AtlasContract.Client;

/// <summary>
/// An error answer from Atlas (or Cloud Manager): the status, Atlas's error body (<c>errorCode</c>,
/// <c>detail</c>, <c>reason</c>, <c>parameters</c>) when there is one, and the raw body whatever it was.
/// Subclasses name the statuses a caller handles differently.
/// </summary>
public class AtlasApiException : AtlasException
{
    /// <summary>The constructor the generated clients use.</summary>
    public AtlasApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : this(message, statusCode, response, headers, innerException, operation: null)
    {
    }

    private AtlasApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException, string? operation)
        : base(message, operation, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    internal AtlasApiException(AtlasError error, Exception? innerException = null)
        : this(error.Message, error.StatusCode, error.RawBody, error.Headers, innerException, error.Operation)
    {
        ErrorCode = error.ErrorCode;
        Detail = error.Detail;
        Reason = error.Reason;
        Parameters = error.Parameters;
        RequestedVersion = error.RequestedVersion;
        Request = error.Request;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The raw response body (any content type), or null when there was none.</summary>
    public string? Response { get; }

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>Atlas's application error code, e.g. <c>RESOURCE_NOT_FOUND</c>; null when the body was not Atlas JSON.</summary>
    public string? ErrorCode { get; }

    /// <summary>Atlas's description of the conditions of the error.</summary>
    public string? Detail { get; }

    /// <summary>Atlas's short reason, e.g. "Not Found".</summary>
    public string? Reason { get; }

    /// <summary>The <c>parameters</c> of Atlas's error body (empty when none).</summary>
    public IReadOnlyList<object?> Parameters { get; } = Array.Empty<object?>();

    /// <summary>The API version the request asked for (the date of its vendor media type), if any.</summary>
    public string? RequestedVersion { get; }

    /// <summary>"GET /api/atlas/v2/orgs/…/invites" (no query string: it may carry personal data).</summary>
    public string? Request { get; }
}
