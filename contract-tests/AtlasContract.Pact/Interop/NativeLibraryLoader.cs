using System.Reflection;
using System.Runtime.InteropServices;

namespace AtlasContract.Pact.Interop;

/// <summary>
/// Finds libpact_ffi: <c>PACT_FFI_LIBRARY</c> if set, else the pinned npm package of this machine (e.g.
/// <c>node_modules/@pact-foundation/pact-core-linux-x64-glibc/prebuilds/linux-x64/libpact_ffi.so</c>; npm installs
/// only the optional dependency matching the OS and CPU) in the nearest folder above the running assembly, the
/// current folder, or the repository root.
/// </summary>
internal static class NativeLibraryLoader
{
    public const string EnvironmentVariable = "PACT_FFI_LIBRARY";
    private static readonly string PackagePath = ForThisMachine();
    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);
        }
    }

    /// <summary>The library file that will be loaded, or an exception that says how to get it.</summary>
    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new PactException($"{EnvironmentVariable}={configured}: no such file.");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, PackagePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new PactException($"libpact_ffi not found. Run `npm ci` in the repository root (it installs the pinned @pact-foundation/pact-core package of this OS and CPU: looked for {PackagePath}), or set {EnvironmentVariable} to the library's path.");
    }

    /// <summary>package.json's optional dependency for this OS and CPU: linux (glibc), darwin, windows × x64, arm64.</summary>
    private static string ForThisMachine()
    {
        var arch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var (package, folder, file) =
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? ($"windows-{arch}", $"win32-{arch}", "pact_ffi.dll")
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? ($"darwin-{arch}", $"darwin-{arch}", "libpact_ffi.dylib")
            : ($"linux-{arch}-glibc", $"linux-{arch}", "libpact_ffi.so");
        return $"node_modules/@pact-foundation/pact-core-{package}/prebuilds/{folder}/{file}";
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == "pact_ffi" ? NativeLibrary.Load(Locate()) : IntPtr.Zero;
}
