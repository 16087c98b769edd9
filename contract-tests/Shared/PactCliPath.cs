using System.Runtime.InteropServices;

namespace AtlasContract.Tests.Shared;

/// <summary>
/// The pinned `pact` CLI from npm for this machine: package.json lists @pact-foundation/pact-cli-{linux,darwin,windows}-{x64,arm64}
/// as optional dependencies and npm installs the one matching the OS and CPU.
/// </summary>
internal static class PactCliPath
{
    public static string Package
    {
        get
        {
            var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "windows" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
            return $"@pact-foundation/pact-cli-{os}-{(RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "x64")}";
        }
    }

    /// <summary>The executable; fails the test with what to run when npm has not installed it.</summary>
    public static string Executable
    {
        get
        {
            var path = RepoPaths.File(["node_modules", .. Package.Split('/'), "standalone", OperatingSystem.IsWindows() ? "pact.exe" : "pact"]);
            return File.Exists(path) ? path : throw new AssertionException($"{path} is missing: run `npm ci` in the repository root (it installs {Package}).");
        }
    }
}
