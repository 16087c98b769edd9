using AtlasContract.Pact.Interop;

namespace AtlasContract.Pact.Drivers;

/// <summary>
/// The core's in-memory log. <c>pactffi_log_to_buffer</c> takes effect once per process, so it is called
/// once, before the first pact; each failure attaches what was logged since.
/// </summary>
internal static class CoreLog
{
    private static readonly Lazy<bool> Started = new(() =>
    {
        NativeLibraryLoader.EnsureRegistered();
        return NativeMethods.LogToBuffer(LevelFilter.Info) == 0;
    });

    public static void EnsureStarted() => _ = Started.Value;

    /// <summary>The log so far (the core's string, copied and freed).</summary>
    public static string Fetch()
    {
        EnsureStarted();
        return NativeStrings.TakeOwned(NativeMethods.FetchLogBuffer(null)) ?? string.Empty;
    }

    /// <summary>The part of the log written after <paramref name="mark"/> (a length returned by <see cref="Mark"/>).</summary>
    public static string Since(int mark)
    {
        var log = Fetch();
        return mark < log.Length ? log[mark..].Trim() : string.Empty;
    }

    public static int Mark() => Fetch().Length;
}
