using AtlasContract.Pact.Interop;

namespace AtlasContract.Pact.Drivers;

/// <summary>
/// The core's in-memory log. <c>pactffi_log_to_buffer</c> takes effect once per process, so it is called
/// once, before the first pact. The buffer is only read when something failed: once per failure, which
/// attaches the last <see cref="MaxLines"/> lines logged since the previous read. Nothing is copied while all
/// goes well; and as a fetch empties the core's buffer, a read at every start would throw away what the next
/// failure needs.
/// </summary>
internal static class CoreLog
{
    private static readonly Lazy<bool> Started = new(() =>
    {
        NativeLibraryLoader.EnsureRegistered();
        return NativeMethods.LogToBuffer(LevelFilter.Info) == 0;
    });

    public const int MaxLines = 40;

    private static readonly Lock Gate = new();
    private static int _reads;

    /// <summary>How often the buffer was read in this process.</summary>
    public static int Reads => Volatile.Read(ref _reads);

    public static void EnsureStarted() => _ = Started.Value;

    /// <summary>What the core logged since the last call (the core's string, copied once and freed).</summary>
    public static string TakeNew()
    {
        EnsureStarted();
        lock (Gate)
        {
            // Fetching hands over (and empties) what the core buffered since the previous fetch.
            _reads++;
            var fresh = (NativeStrings.TakeOwned(NativeMethods.FetchLogBuffer(null)) ?? string.Empty).Trim();
            var lines = fresh.Split('\n');
            return lines.Length <= MaxLines ? fresh : string.Join('\n', lines[^MaxLines..]);
        }
    }
}
