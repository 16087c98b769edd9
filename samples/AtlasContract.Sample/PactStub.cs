using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AtlasContract.Sample;

/// <summary>
/// The local stand-in for Atlas: the pinned `pact stub` (npm: the @pact-foundation/pact-cli package of this OS and CPU) serving the
/// committed consumer pact on 127.0.0.1, restricted to one provider state.
/// </summary>
internal sealed class PactStub : IDisposable
{
    private readonly Process _process;

    private PactStub(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public static async Task<PactStub> StartAsync(string providerState)
    {
        var root = FindRoot();
        var pact = Path.Combine(root, "contract-tests", "pacts", "AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json");
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "x64";
        var cli = Path.Combine(root, "node_modules", "@pact-foundation", $"pact-cli-{os}-{arch}", "standalone", OperatingSystem.IsWindows() ? "pact.exe" : "pact");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: run `npm ci` in {root} (it installs the pinned pact CLI).");
        }

        var port = FreePort();
        var start = new ProcessStartInfo(cli, ["stub", "--file", pact, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--provider-state", providerState, "--loglevel", "warn"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        var process = Process.Start(start) ?? throw new InvalidOperationException("pact stub did not start");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var stub = new PactStub(process, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"pact stub exited with {process.ExitCode}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return stub;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        stub.Dispose();
        throw new TimeoutException("pact stub did not listen within 5 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AtlasContract.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("run the sample from inside the AtlasContract repository (no AtlasContract.sln found above it)");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
