#nullable enable
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.V1;

/// <summary>
/// The legacy v1.0 API lives under different roots depending on the product; the fragment (and so the generated
/// path) is Cloud Manager's <c>/api/public/v1.0</c>. <see cref="ApiRoot"/> moves every request under another root.
/// </summary>
public partial class CloudManagerOrgInvitesClient
{
    private const string PublishedRoot = "api/public/v1.0/";

    /// <summary>
    /// The root of the v1.0 API (<see cref="DependencyInjection.AtlasClientOptions.LegacyApiRoot"/>, given at construction), or null for <see cref="AtlasClientBase.BaseAddress"/> + <c>api/public/v1.0</c> (Cloud Manager:
    /// <c>https://cloud.mongodb.com/api/public/v1.0</c>). An Ops Manager server: its own base URL, e.g.
    /// <c>https://opsmanager.example.com:8080/api/public/v1.0</c>; Atlas's legacy API:
    /// <c>https://cloud.mongodb.com/api/atlas/v1.0</c>. The operation's path (<c>orgs/{ORG-ID}/invites</c>) and
    /// query follow it.
    /// </summary>
    public Uri? ApiRoot => Settings.LegacyApiRoot;

    /// <summary>
    /// Hides <see cref="AtlasClientBase"/>'s hook of the same signature (the generated methods of this class bind
    /// to it): rewrites the request URI under <see cref="ApiRoot"/> when one is set.
    /// </summary>
    /// <param name="client">The HTTP client.</param>
    /// <param name="request">The request whose URI is rewritten.</param>
    /// <param name="url">The URL the generated code built.</param>
    /// <param name="cancellationToken">Unused.</param>
    /// <returns>A completed task.</returns>
    protected new Task PrepareRequestAsync(AtlasHttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        if (ApiRoot is { } root)
        {
            request.RequestUri = UnderRoot(root, url);
        }

        return Task.CompletedTask;
    }

    /// <summary><paramref name="url"/> (…/api/public/v1.0/orgs/…?…) with everything up to the published root replaced by <paramref name="root"/>.</summary>
    internal static Uri UnderRoot(Uri root, string url)
    {
        var at = url.IndexOf(PublishedRoot, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{url}' is not under {PublishedRoot}: the v1.0 fragment's paths changed");
        }

        var text = root.ToString();
        return new Uri((text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/") + url.Substring(at + PublishedRoot.Length), UriKind.Absolute);
    }
}
