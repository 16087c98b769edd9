#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.Versioning;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AtlasContract.Client;

/// <summary>
/// The hand-written half of every generated client (NSwag's <c>clientBaseClass</c>): the generated methods
/// call <see cref="PrepareRequestAsync(HttpClient, HttpRequestMessage, StringBuilder, CancellationToken)"/>
/// before sending and <see cref="ProcessResponseAsync"/> before reading. Errors become typed
/// <see cref="AtlasApiException"/>s whatever the body; Deprecation/Sunset headers are logged and kept in
/// <see cref="LastResponse"/>; <c>envelope=true</c> responses are unwrapped when <see cref="UseEnvelope"/> is set.
/// </summary>
public abstract class AtlasClientBase
{
    /// <summary>Where deprecation warnings go (set by <c>AddAtlasInvitationsClient</c>).</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Ask Atlas to wrap responses (<c>envelope=true</c>: <c>{"status": …, "content": …}</c>), for networks that
    /// hide statuses and headers. The typed methods still return the plain result: the envelope is unwrapped.
    /// </summary>
    public bool UseEnvelope { get; set; }

    /// <summary>Versions and deprecation of the last response this client received.</summary>
    public AtlasResponseInfo? LastResponse { get; private set; }

    /// <summary>Called by the generated code with the URL being built.</summary>
    protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken)
    {
        if (UseEnvelope)
        {
            urlBuilder.Append(urlBuilder.ToString().IndexOf('?') >= 0 ? '&' : '?').Append("envelope=true");
        }

        return Task.CompletedTask;
    }

    /// <summary>Called by the generated code once the URL is final.</summary>
    protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called by the generated code before it reads the response.</summary>
    protected async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var info = Describe(response);
        LastResponse = info;
        if (info.IsDeprecated && Logger is { } logger && logger.IsEnabled(LogLevel.Warning))
        {
            logger.LogWarning(
                "Atlas marks {Request} as deprecated (Deprecation: {Deprecation}, Sunset: {Sunset:yyyy-MM-dd}); served version {ServedVersion}",
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}", info.Deprecation ?? "-", info.Sunset, info.ServedVersion ?? "-");
        }

        if (UseEnvelope)
        {
            await UnwrapEnvelopeAsync(response).ConfigureAwait(false);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await AtlasError.ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static AtlasResponseInfo Describe(HttpResponseMessage response)
    {
        var deprecation = response.Headers.TryGetValues("Deprecation", out var d) ? string.Join(", ", d) : null;
        DateTimeOffset? sunset = response.Headers.TryGetValues("Sunset", out var s) && DateTimeOffset.TryParse(string.Join(", ", s), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;
        return new AtlasResponseInfo((int)response.StatusCode, MediaTypes.RequestedVersion(response.RequestMessage), MediaTypes.ServedVersion(response), deprecation, sunset);
    }

    /// <summary>Replaces <c>{"status": s, "content": c}</c> by <c>c</c> with status <c>s</c>.</summary>
    private static async Task UnwrapEnvelopeAsync(HttpResponseMessage response)
    {
        if (response.Content is null)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        JObject envelope;
        try
        {
            envelope = JObject.Parse(text);
        }
        catch (JsonException)
        {
            response.Content = new StringContent(text, Encoding.UTF8, response.Content.Headers.ContentType?.MediaType ?? "application/json");
            return;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/json";
        if (envelope["status"] is JValue { Type: JTokenType.Integer } status)
        {
            response.StatusCode = (HttpStatusCode)(int)status;
        }

        var content = envelope.TryGetValue("content", out var inner) ? inner : envelope.TryGetValue("results", out var results) ? results : (JToken)envelope;
        response.Content = new StringContent(content.ToString(Formatting.None), Encoding.UTF8, mediaType);
    }
}
