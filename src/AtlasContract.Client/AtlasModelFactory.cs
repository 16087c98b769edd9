#nullable enable
using System;
using System.Collections.Generic;
using AtlasContract.Client.Versioning;

namespace AtlasContract.Client;

/// <summary>
/// Builds what the clients return and throw, for a consumer's own tests (as the Azure SDK's model factories do):
/// a fake or mock of an <c>I…Client</c> returns these where the real client would, with no HTTP involved.
/// </summary>
public static partial class AtlasModelFactory
{
    /// <summary>A <c>…WithResponseAsync</c> result: <paramref name="value"/> and what the response said about itself.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="value">The deserialised body.</param>
    /// <param name="info">Status, headers and versions (default: a plain 200).</param>
    /// <returns>The response.</returns>
    public static AtlasResponse<T> Response<T>(T value, AtlasResponseInfo? info = null) => new(value, info ?? ResponseInfo());

    /// <summary>What one response said about itself.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="operation">The operationId, e.g. <c>listOrgInvites</c>.</param>
    /// <param name="headers">The response headers (names compared without case).</param>
    /// <param name="requestedVersion">The version the request asked for, e.g. <c>2023-01-01</c>.</param>
    /// <param name="servedVersion">The version served.</param>
    /// <param name="deprecation">The <c>Deprecation</c> header.</param>
    /// <param name="sunset">The <c>Sunset</c> header's date.</param>
    /// <returns>The response metadata.</returns>
    public static AtlasResponseInfo ResponseInfo(
        int statusCode = 200,
        string? operation = null,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers = null,
        string? requestedVersion = null,
        string? servedVersion = null,
        string? deprecation = null,
        DateTimeOffset? sunset = null) =>
        new(operation, statusCode, Copy(headers), requestedVersion, servedVersion, deprecation, sunset);

    /// <summary>
    /// The error answer a client throws for <paramref name="statusCode"/>: the same typed subclass the client would
    /// throw (<see cref="AtlasNotFoundException"/> for 404, <see cref="AtlasRateLimitedException"/> for 429, …).
    /// </summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorCode">Atlas's error code, e.g. <c>RESOURCE_NOT_FOUND</c>.</param>
    /// <param name="detail">Atlas's description of the error.</param>
    /// <param name="reason">Atlas's short reason, e.g. "Not Found".</param>
    /// <param name="operation">The operationId that failed.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> delay of a 429.</param>
    /// <param name="rawBody">The raw response body.</param>
    /// <param name="headers">The response headers.</param>
    /// <returns>The exception, not thrown.</returns>
    public static AtlasApiException ApiException(
        int statusCode,
        string? errorCode = null,
        string? detail = null,
        string? reason = null,
        string? operation = null,
        TimeSpan? retryAfter = null,
        string? rawBody = null,
        IReadOnlyDictionary<string, IEnumerable<string>>? headers = null)
    {
        var message = $"{operation ?? "request"}: Atlas answered {statusCode}{(errorCode is null ? string.Empty : " " + errorCode)}{(detail is null ? string.Empty : ": " + detail)}";
        return AtlasError.ToException(AtlasError.Create(statusCode, message, errorCode, detail, reason, operation, rawBody, Copy(headers)), retryAfter);
    }

    /// <summary>A network failure or timeout, as the client throws it.</summary>
    /// <param name="operation">The operationId that failed.</param>
    /// <param name="isTimeout">True for a timeout, false for a failed connection.</param>
    /// <param name="innerException">The cause (default: an <see cref="System.Net.Http.HttpRequestException"/>).</param>
    /// <returns>The exception, not thrown.</returns>
    public static AtlasTransportException TransportException(string operation, bool isTimeout = false, Exception? innerException = null) =>
        new($"{operation}: {(isTimeout ? "timed out" : "failed")}", operation, isTimeout, innerException ?? new System.Net.Http.HttpRequestException(isTimeout ? "timed out" : "connection failed"));

    private static Dictionary<string, IEnumerable<string>> Copy(IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        var copy = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers ?? new Dictionary<string, IEnumerable<string>>())
        {
            copy[header.Key] = header.Value;
        }

        return copy;
    }
}
