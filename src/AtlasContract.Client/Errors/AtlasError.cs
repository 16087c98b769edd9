#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.Versioning;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AtlasContract.Client;

/// <summary>What an error response said, read tolerantly: any body (JSON, HTML, empty) gives an error.</summary>
internal sealed class AtlasError
{
    private const int MessageBodyLimit = 300;

    public int StatusCode { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public string? RawBody { get; private set; }

    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; private set; } = new Dictionary<string, IEnumerable<string>>();

    public string? ErrorCode { get; private set; }

    public string? Detail { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<object?> Parameters { get; private set; } = Array.Empty<object?>();

    public string? RequestedVersion { get; private set; }

    public string? Request { get; private set; }

    public string? Operation { get; private set; }

    public static async Task<AtlasApiException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return ToException(Read(response, body), RetryAfter(response));
    }

    /// <summary>The exception a status maps to: a typed subclass for the statuses callers handle differently.</summary>
    internal static AtlasApiException ToException(AtlasError error, TimeSpan? retryAfter) =>
        error.StatusCode switch
        {
            400 => new AtlasBadRequestException(error),
            401 => new AtlasUnauthorizedException(error),
            403 => new AtlasForbiddenException(error),
            404 => new AtlasNotFoundException(error),
            406 => new AtlasVersionNotAcceptableException(error),
            410 => new AtlasVersionGoneException(error),
            429 => new AtlasRateLimitedException(error, retryAfter),
            >= 500 => new AtlasServerException(error),
            _ => new AtlasApiException(error),
        };

    /// <summary>An error as a test fake builds it (<see cref="AtlasModelFactory.ApiException"/>).</summary>
    internal static AtlasError Create(int statusCode, string message, string? errorCode, string? detail, string? reason, string? operation, string? rawBody, IReadOnlyDictionary<string, IEnumerable<string>>? headers) => new()
    {
        StatusCode = statusCode,
        Message = message,
        ErrorCode = errorCode,
        Detail = detail,
        Reason = reason,
        Operation = operation,
        RawBody = rawBody,
        Headers = headers ?? new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase),
    };

    internal static AtlasError Read(HttpResponseMessage response, string? body)
    {
        var error = new AtlasError
        {
            StatusCode = (int)response.StatusCode,
            RawBody = body,
            Headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.SelectMany(h => h.Value), StringComparer.OrdinalIgnoreCase),
            RequestedVersion = MediaTypes.RequestedVersion(response.RequestMessage),
            Request = response.RequestMessage is { } r ? $"{r.Method} {r.RequestUri?.AbsolutePath}" : null,
            Operation = AtlasCall.Operation(response.RequestMessage),
        };
        var json = TryParse(body);
        if (json is not null)
        {
            error.ErrorCode = (string?)json["errorCode"];
            error.Detail = (string?)json["detail"];
            error.Reason = (string?)json["reason"];
            error.Parameters = json["parameters"] is JArray parameters ? parameters.Select(p => p is JValue v ? v.Value : (object?)p.ToString(Formatting.None)).ToList() : Array.Empty<object?>();
        }

        error.Message = Describe(error, response, json is not null);
        return error;
    }

    private static JObject? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body!.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JObject.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(AtlasError e, HttpResponseMessage response, bool isAtlasJson)
    {
        var what = $"Atlas answered {e.StatusCode} {e.Reason ?? response.ReasonPhrase}".TrimEnd();
        if (e.ErrorCode is not null)
        {
            what += $" ({e.ErrorCode})";
        }

        if (e.Detail is not null)
        {
            what += ": " + e.Detail;
        }

        if (e.StatusCode == 406)
        {
            what += $". The requested version {e.RequestedVersion ?? "(none)"} is not offered for this operation";
        }
        else if (e.StatusCode == 410)
        {
            what += $". The requested version {e.RequestedVersion ?? "(none)"} is gone";
        }

        if (!isAtlasJson)
        {
            var type = response.Content?.Headers.ContentType?.MediaType ?? "no content type";
            what += string.IsNullOrEmpty(e.RawBody)
                ? " (empty body)"
                : $" (the body is not Atlas JSON: {type}, {e.RawBody!.Length} chars: {Shorten(e.RawBody)})";
        }

        return e.Request is null ? what : $"{what} [{(e.Operation is null ? string.Empty : e.Operation + ": ")}{e.Request}]";
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= MessageBodyLimit ? flat : flat.Substring(0, MessageBodyLimit) + "…";
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { } retry)
        {
            if (retry.Delta is { } delta)
            {
                return delta;
            }

            if (retry.Date is { } date)
            {
                var wait = date - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return response.Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
