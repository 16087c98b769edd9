using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AtlasContract.Tests.Shared;

/// <summary>A request as the server saw it.</summary>
internal sealed record RecordedRequest(string Method, string RawUrl, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>What the server answers.</summary>
internal sealed record CannedResponse(int Status, string Body, string ContentType = "application/vnd.atlas.2023-01-01+json", IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener on a free port): the client under test goes through the
/// whole network stack. Each request is recorded; the answer comes from a delegate.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, CannedResponse> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer(Func<RecordedRequest, CannedResponse> handler)
    {
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _loop = Task.Run(Serve);
    }

    public LoopbackServer(CannedResponse response)
        : this(_ => response)
    {
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest Single => Requests.Count == 1 ? Requests.First() : throw new AssertionException($"expected one request, saw {Requests.Count}");

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var headers = request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var rawUrl = request.RawUrl ?? "/";
        var q = rawUrl.IndexOf('?');
        var recorded = new RecordedRequest(request.HttpMethod, rawUrl, q < 0 ? rawUrl : rawUrl[..q], q < 0 ? string.Empty : rawUrl[(q + 1)..], headers, reader.ReadToEnd());
        Requests.Enqueue(recorded);
        var canned = _handler(recorded);
        var response = context.Response;
        response.StatusCode = canned.Status;
        foreach (var (name, value) in canned.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(canned.Body);
        if (bytes.Length > 0 || canned.Status != 204)
        {
            response.ContentType = canned.ContentType;
        }

        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener; its ending is not a test failure.
        }

        _stop.Dispose();
    }
}
