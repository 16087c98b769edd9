#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Diagnostics.Metrics;
using AtlasContract.Client.DependencyInjection;
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
/// its own response's status, headers, versions and deprecation (<see cref="AtlasResponse{T}"/>), built from that
/// response object (<see cref="ProcessResponseAsync"/> returns it; no ambient state); deprecation is logged once per
/// operation and version and counted (<see cref="DeprecationTelemetry"/>, through <see cref="IMeterFactory"/> when one
/// is given). <c>envelope=true</c> responses are unwrapped when <see cref="UseEnvelope"/> is set. Clients are
/// immutable: everything is given to the constructor.
/// </summary>
public abstract class AtlasClientBase
{
    private readonly DeprecationTelemetry.Instruments _telemetry;

    /// <summary>For mocking: a subclass that overrides every method it calls (nothing is sent from here).</summary>
    protected AtlasClientBase()
        : this(null, null, null)
    {
    }

    /// <summary>Everything the client needs, given once: the client has no setters.</summary>
    /// <param name="options">Base address, envelope and legacy root; null for the defaults. Copied: later changes do not reach the client.</param>
    /// <param name="logger">Where deprecation warnings go; null for none.</param>
    /// <param name="meterFactory">Creates the meter of the deprecation metrics; null for the shared static meter.</param>
    protected AtlasClientBase(AtlasClientOptions? options, ILogger? logger, IMeterFactory? meterFactory)
    {
        Settings = (options ?? new AtlasClientOptions()).Clone();
        var address = Settings.BaseAddress.ToString();
        BaseUrl = address.EndsWith("/", StringComparison.Ordinal) ? address : address + "/";
        Logger = logger;
        _telemetry = DeprecationTelemetry.For(meterFactory);
    }

    /// <summary>Atlas's base address, as given at construction.</summary>
    public Uri BaseAddress => Settings.BaseAddress;

    /// <summary>Whether responses are asked for with <c>envelope=true</c> and unwrapped (<see cref="AtlasClientOptions.UseEnvelope"/>).</summary>
    public bool UseEnvelope => Settings.UseEnvelope;

    /// <summary>The base address with a trailing slash: where the generated code starts each URL.</summary>
    protected string BaseUrl { get; }

    /// <summary>Where deprecation warnings go (null: nowhere).</summary>
    protected ILogger? Logger { get; }

    /// <summary>The client's own copy of its options.</summary>
    protected AtlasClientOptions Settings { get; }

    /// <summary>Called by the generated code before sending: names the operation on the request.</summary>
    /// <param name="request">The request being built.</param>
    /// <param name="operation">The operationId in the spec.</param>
    protected static void BeginCall(HttpRequestMessage request, string operation) => AtlasCall.Name(request, operation);

    /// <summary>Called by the generated code: a value with the metadata of the response it was read from.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="value">The deserialised body.</param>
    /// <param name="info">What <see cref="ProcessResponseAsync"/> returned for the same response.</param>
    /// <returns>The response.</returns>
    protected static AtlasResponse<T> Respond<T>(T value, AtlasResponseInfo info) => new(value, info ?? throw new ArgumentNullException(nameof(info)));

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
    /// <returns>This response's metadata; throws the typed <see cref="AtlasApiException"/> of an error status.</returns>
    protected async Task<AtlasResponseInfo> ProcessResponseAsync(AtlasHttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (UseEnvelope)
        {
            await UnwrapEnvelopeAsync(response).ConfigureAwait(false);
        }

        var info = Describe(response);
        _telemetry.Record(info, Logger, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}");
        if (!response.IsSuccessStatusCode)
        {
            throw await AtlasError.ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return info;
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
}
