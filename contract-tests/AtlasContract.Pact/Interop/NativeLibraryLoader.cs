using System.Reflection;
using System.Runtime.InteropServices;

namespace AtlasContract.Pact.Interop;

/// <summary>
/// Finds libpact_ffi: <c>PACT_FFI_LIBRARY</c> if set, else the pinned npm package
/// (<c>node_modules/@pact-foundation/pact-core-linux-x64-glibc/prebuilds/linux-x64/libpact_ffi.so</c>) in the
/// nearest folder above the running assembly, the current folder, or the repository root.
/// </summary>
internal static class NativeLibraryLoader
{
    public const string EnvironmentVariable = "PACT_FFI_LIBRARY";
    private const string PackagePath = "node_modules/@pact-foundation/pact-core-linux-x64-glibc/prebuilds/linux-x64/libpact_ffi.so";
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

        throw new PactException($"libpact_ffi not found. Run `npm ci` in the repository root (it installs the pinned @pact-foundation/pact-core-linux-x64-glibc), or set {EnvironmentVariable} to the library's path.");
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == "pact_ffi" ? NativeLibrary.Load(Locate()) : IntPtr.Zero;
}
