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
        var mark = CoreLog.Mark();
        var handle = NativeMethods.NewPact(pact.Consumer, pact.Provider);
        try
        {
            Check(NativeMethods.WithSpecification(handle, PactSpecification.V4), "set the pact specification to V4", mark);
            foreach (var interaction in pact.Interactions)
            {
                Define(handle, interaction, mark);
            }

            var port = NativeMethods.CreateMockServerForTransport(handle, "127.0.0.1", 0, "http", null);
            if (port <= 0)
            {
                throw new PactException($"the mock server did not start (pact_ffi error {port}: {StartError(port)})", CoreLog.Since(mark));
            }

            return new FfiMockServer(handle, port, mark);
        }
        catch
        {
            NativeMethods.FreePactHandle(handle);
            throw;
        }
    }

    private static void Define(PactHandle pact, InteractionModel model, int mark)
    {
        var i = NativeMethods.NewInteraction(pact, model.Description);
        var what = $"interaction '{model.Description}'";
        Check(NativeMethods.UponReceiving(i, model.Description), what + ": description", mark);
        foreach (var state in model.States)
        {
            Check(NativeMethods.Given(i, state.Name), $"{what}: state '{state.Name}'", mark);
            foreach (var (name, value) in state.Parameters)
            {
                Check(NativeMethods.GivenWithParam(i, state.Name, name, value), $"{what}: state parameter '{name}'", mark);
            }
        }

        Check(NativeMethods.WithRequest(i, model.Method, model.Path), $"{what}: request {model.Method} {model.Path}", mark);
        foreach (var group in model.Query.GroupBy(q => q.Name))
        {
            var index = 0;
            foreach (var (name, value) in group)
            {
                Check(NativeMethods.WithQueryParameter(i, name, (UIntPtr)index++, value), $"{what}: query {name}", mark);
            }
        }

        Headers(i, InteractionPart.Request, model.Request, what, mark);
        if (model.Request.Body is { } requestBody)
        {
            Check(NativeMethods.WithBody(i, InteractionPart.Request, model.Request.ContentType ?? "application/json", requestBody.ToJsonString()), what + ": request body", mark);
        }

        Check(NativeMethods.ResponseStatus(i, checked((ushort)model.Status)), $"{what}: status {model.Status}", mark);
        Headers(i, InteractionPart.Response, model.Response, what, mark);
        if (model.Response.Body is { } responseBody)
        {
            Check(NativeMethods.WithBody(i, InteractionPart.Response, model.Response.ContentType ?? "application/json", responseBody.ToJsonString()), what + ": response body", mark);
        }
    }

    private static void Headers(InteractionHandle i, InteractionPart part, MessagePart message, string what, int mark)
    {
        foreach (var group in message.Headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            var index = 0;
            foreach (var (name, value) in group)
            {
                Check(NativeMethods.WithHeader(i, part, name, (UIntPtr)index++, value), $"{what}: {part.ToString().ToLowerInvariant()} header {name}", mark);
            }
        }
    }

    internal static void Check(bool ok, string what, int mark)
    {
        if (!ok)
        {
            throw new PactException($"pact_ffi refused: {what}", CoreLog.Since(mark));
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

    private sealed class FfiMockServer(PactHandle handle, int port, int mark) : IMockServer
    {
        private bool _disposed;

        public Uri BaseUri { get; } = new($"http://127.0.0.1:{port}");

        public bool Matched() => NativeMethods.MockServerMatched(port);

        public string Mismatches() => NativeStrings.CopyBorrowed(NativeMethods.MockServerMismatches(port)) ?? "[]";

        public void WritePact(string directory)
        {
            Directory.CreateDirectory(directory);
            var result = NativeMethods.WritePactFile(port, directory, overwrite: false);
            if (result != 0)
            {
                var reason = result switch { 1 => "the core panicked", 2 => "the file could not be written", 3 => "no mock server on that port", _ => "unknown error" };
                throw new PactException($"writing the pact into {directory} failed ({result}: {reason})", CoreLog.Since(mark));
            }
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            NativeMethods.CleanupMockServer(port);
            NativeMethods.FreePactHandle(handle);
        }
    }
}
