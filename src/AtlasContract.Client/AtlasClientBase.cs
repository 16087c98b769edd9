#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
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
/// name their operation (<see cref="BeginCall"/>), call <see cref="PrepareRequestAsync(AtlasHttpClient, HttpRequestMessage, StringBuilder, CancellationToken)"/>
/// before sending and <see cref="ProcessResponseAsync"/> before reading. Errors become typed
/// <see cref="AtlasApiException"/>s whatever the body; network failures <see cref="AtlasTransportException"/>s
/// through <see cref="AtlasHttpClient"/> (the whole <see cref="AtlasException"/> family names the operation). Each <c>…WithResponseAsync</c> method returns
/// its own response's status, headers, versions and deprecation (<see cref="AtlasResponse{T}"/>); deprecation is
/// logged once per operation and version and counted (<see cref="DeprecationTelemetry"/>). <c>envelope=true</c>
/// responses are unwrapped when <see cref="UseEnvelope"/> is set.
/// </summary>
public abstract class AtlasClientBase
{
    // The response metadata of the call in progress on this asynchronous flow: one holder per
    // …WithResponseAsync call, so that concurrent calls on one (shared) client never see each other's.
    private static readonly AsyncLocal<Holder?> Current = new();

    /// <summary>Where deprecation warnings go (set by <c>AddAtlasInvitationsClient</c>).</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Ask Atlas to wrap responses (<c>envelope=true</c>: <c>{"status": …, "content": …}</c>), for networks that
    /// hide statuses and headers. The typed methods still return the plain result: the envelope is unwrapped.
    /// </summary>
    public bool UseEnvelope { get; set; }

    /// <summary>Called by the generated code before sending: names the operation on the request.</summary>
    /// <param name="request">The request being built.</param>
    /// <param name="operation">The operationId in the spec.</param>
    protected static void BeginCall(HttpRequestMessage request, string operation) => AtlasCall.Name(request, operation);

    /// <summary>Runs a call and returns its value with the metadata of its own response.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="call">The plain generated call.</param>
    /// <returns>The value and its response's metadata.</returns>
    protected static async Task<AtlasResponse<T>> WithResponseAsync<T>(Func<Task<T>> call)
    {
        if (call is null)
        {
            throw new ArgumentNullException(nameof(call));
        }

        var holder = new Holder();
        Current.Value = holder;
        var value = await call().ConfigureAwait(false);
        return new AtlasResponse<T>(value, holder.Info ?? throw new InvalidOperationException("the call completed without a response"));
    }

    /// <summary>Called by the generated code with the URL being built.</summary>
    /// <param name="client">The HTTP client.</param>
    /// <param name="request">The request.</param>
    /// <param name="urlBuilder">The URL so far.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A completed task.</returns>
    protected Task PrepareRequestAsync(AtlasHttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken)
    {
        if (UseEnvelope)
        {
            urlBuilder.Append(urlBuilder.ToString().IndexOf('?') >= 0 ? '&' : '?').Append("envelope=true");
        }

        return Task.CompletedTask;
    }

    /// <summary>Called by the generated code once the URL is final.</summary>
    /// <param name="client">The HTTP client.</param>
    /// <param name="request">The request.</param>
    /// <param name="url">The final URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A completed task.</returns>
    protected Task PrepareRequestAsync(AtlasHttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called by the generated code before it reads the response.</summary>
    /// <param name="client">The HTTP client.</param>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that throws the typed <see cref="AtlasApiException"/> of an error status.</returns>
    protected async Task ProcessResponseAsync(AtlasHttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (UseEnvelope)
        {
            await UnwrapEnvelopeAsync(response).ConfigureAwait(false);
        }

        var info = Describe(response);
        if (Current.Value is { } holder)
        {
            holder.Info = info;
        }

        DeprecationTelemetry.Record(info, Logger, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}");
        if (!response.IsSuccessStatusCode)
        {
            throw await AtlasError.ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static AtlasResponseInfo Describe(HttpResponseMessage response)
    {
        var deprecation = response.Headers.TryGetValues("Deprecation", out var d) ? string.Join(", ", d) : null;
        DateTimeOffset? sunset = response.Headers.TryGetValues("Sunset", out var s) && DateTimeOffset.TryParse(string.Join(", ", s), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;
        var headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IEnumerable<string>)g.SelectMany(h => h.Value).ToList(), StringComparer.OrdinalIgnoreCase);
        return new AtlasResponseInfo(AtlasCall.Operation(response.RequestMessage), (int)response.StatusCode, headers, MediaTypes.RequestedVersion(response.RequestMessage), MediaTypes.ServedVersion(response), deprecation, sunset);
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

    private sealed class Holder
    {
        public AtlasResponseInfo? Info { get; set; }
    }
}
