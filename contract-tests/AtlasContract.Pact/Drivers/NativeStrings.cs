using System.Runtime.InteropServices;
using AtlasContract.Pact.Interop;

namespace AtlasContract.Pact.Drivers;

/// <summary>Copies strings out of the core; frees the ones the caller owns.</summary>
internal static class NativeStrings
{
    /// <summary>Copies and frees a string the core handed over to us.</summary>
    public static string? TakeOwned(IntPtr pointer)
    {
        if (pointer == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(pointer);
        }
        finally
        {
            NativeMethods.StringDelete(pointer);
        }
    }

    /// <summary>Copies a string the core keeps (its version, a mock server's mismatches): never freed here.</summary>
    public static string? CopyBorrowed(IntPtr pointer) => pointer == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(pointer);
}
