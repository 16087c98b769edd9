#nullable enable
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace AtlasContract.Client.Versioning;

/// <summary>Atlas versions travel in vendor media types: <c>application/vnd.atlas.2023-01-01+json</c>.</summary>
internal static class MediaTypes
{
    private static readonly Regex Vendor = new(@"^application/vnd\.atlas\.(?<version>\d{4}-\d{2}-\d{2}|preview)\+json$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The version of a vendor media type ("2023-01-01"), or null for any other media type.</summary>
    public static string? Version(string? mediaType) =>
        mediaType is not null && Vendor.Match(mediaType.Split(';')[0].Trim()) is { Success: true } m ? m.Groups["version"].Value : null;

    /// <summary>The version the request's Accept header asked for.</summary>
    public static string? RequestedVersion(HttpRequestMessage? request) =>
        request?.Headers.Accept.Select(a => Version(a.MediaType)).FirstOrDefault(v => v is not null);

    /// <summary>The version the response says it serves (its Content-Type).</summary>
    public static string? ServedVersion(HttpResponseMessage response) => Version(response.Content?.Headers.ContentType?.MediaType);
}
