using AtlasContract.Pact.Interop;

namespace AtlasContract.Pact.Drivers;

/// <summary>The real engine: pact_ffi. Every native failure becomes a <see cref="PactException"/> with the core's log.</summary>
public sealed class FfiDriver : IPactDriver
{
    public static FfiDriver Instance { get; } = new();

    /// <summary>The core's version, e.g. "0.5.3".</summary>
    public static string CoreVersion
    {
        get
        {
            CoreLog.EnsureStarted();
            return NativeStrings.CopyBorrowed(NativeMethods.Version()) ?? "?";
        }
    }

    public IMockServer Start(PactModel pact)
    {
        CoreLog.EnsureStarted();
        var handle = PactSafeHandle.New(pact.Consumer, pact.Provider);
        try
        {
            Check(NativeMethods.WithSpecification(handle.Value, PactSpecification.V4), "set the pact specification to V4");
            foreach (var interaction in pact.Interactions)
            {
                Define(handle.Value, interaction);
            }

            var port = NativeMethods.CreateMockServerForTransport(handle.Value, "127.0.0.1", 0, "http", null);
            if (port <= 0)
            {
                throw new PactException($"the mock server did not start (pact_ffi error {port}: {StartError(port)})", CoreLog.TakeNew());
            }

            return new FfiMockServer(handle, MockServerSafeHandle.Own(port));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static void Define(PactHandle pact, InteractionModel model)
    {
        var i = NativeMethods.NewInteraction(pact, model.Description);
        var what = $"interaction '{model.Description}'";
        Check(NativeMethods.UponReceiving(i, model.Description), what + ": description");
        foreach (var state in model.States)
        {
            Check(NativeMethods.Given(i, state.Name), $"{what}: state '{state.Name}'");
            foreach (var (name, value) in state.Parameters)
            {
                Check(NativeMethods.GivenWithParam(i, state.Name, name, value), $"{what}: state parameter '{name}'");
            }
        }

        Check(NativeMethods.WithRequest(i, model.Method, model.Path), $"{what}: request {model.Method} {model.Path}");
        foreach (var group in model.Query.GroupBy(q => q.Name))
        {
            var index = 0;
            foreach (var (name, value) in group)
            {
                Check(NativeMethods.WithQueryParameter(i, name, (nuint)index++, value), $"{what}: query {name}");
            }
        }

        Headers(i, InteractionPart.Request, model.Request, what);
        if (model.Request.Body is { } requestBody)
        {
            Check(NativeMethods.WithBody(i, InteractionPart.Request, model.Request.ContentType ?? "application/json", requestBody.ToJsonString()), what + ": request body");
        }

        Check(NativeMethods.ResponseStatus(i, checked((ushort)model.Status)), $"{what}: status {model.Status}");
        Headers(i, InteractionPart.Response, model.Response, what);
        if (model.Response.Body is { } responseBody)
        {
            Check(NativeMethods.WithBody(i, InteractionPart.Response, model.Response.ContentType ?? "application/json", responseBody.ToJsonString()), what + ": response body");
        }
    }

    private static void Headers(InteractionHandle i, InteractionPart part, MessagePart message, string what)
    {
        foreach (var group in message.Headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            var index = 0;
            foreach (var (name, value) in group)
            {
                Check(NativeMethods.WithHeader(i, part, name, (nuint)index++, value), $"{what}: {part.ToString().ToLowerInvariant()} header {name}");
            }
        }
    }

    internal static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new PactException($"pact_ffi refused: {what}", CoreLog.TakeNew());
        }
    }

    private static string StartError(int code) => code switch
    {
        -1 => "invalid pact handle",
        -2 => "transport config is not valid JSON",
        -3 => "the mock server could not be started",
        -4 => "the core panicked",
        -5 => "the address is not valid",
        _ => "unknown error",
    };

    /// <summary>Owns the pact and its server; disposing shuts the server down, then frees the pact.</summary>
    private sealed class FfiMockServer(PactSafeHandle pact, MockServerSafeHandle server) : IMockServer
    {
        public Uri BaseUri { get; } = new($"http://127.0.0.1:{server.Port}");

        public bool Matched() => NativeMethods.MockServerMatched(server.Port);

        public string Mismatches() => NativeStrings.CopyBorrowed(NativeMethods.MockServerMismatches(server.Port)) ?? "[]";

        public void WritePact(string directory)
        {
            Directory.CreateDirectory(directory);
            var result = NativeMethods.WritePactFile(server.Port, directory, overwrite: false);
            if (result != 0)
            {
                var reason = result switch { 1 => "the core panicked", 2 => "the file could not be written", 3 => "no mock server on that port", _ => "unknown error" };
                throw new PactException($"writing the pact into {directory} failed ({result}: {reason})", CoreLog.TakeNew());
            }
        }

        public void Dispose()
        {
            server.Dispose();
            pact.Dispose();
        }
    }
}
