using System.Runtime.InteropServices;

namespace AtlasContract.Pact.Interop;

/// <summary>Handle to a pact model held by the core (<c>struct PactHandle { uint16_t pact_ref; }</c>).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct PactHandle
{
    public readonly ushort Ref;
}

/// <summary>Handle to one interaction of a pact (<c>struct InteractionHandle { uint32_t interaction_ref; }</c>).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct InteractionHandle
{
    public readonly uint Ref;
}

internal enum InteractionPart
{
    Request = 0,
    Response = 1,
}

internal enum PactSpecification
{
    V3 = 4,
    V4 = 5,
}

internal enum LevelFilter
{
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}

/// <summary>
/// The raw pact_ffi entry points this binding uses, as the core declares them. Strings go in as UTF-8;
/// Rust <c>bool</c> is one byte; strings coming back are <see cref="IntPtr"/> so the drivers can copy them
/// and free the ones the caller owns with <see cref="StringDelete"/>.
/// </summary>
internal static class NativeMethods
{
    private const string Library = "pact_ffi";

    [DllImport(Library, EntryPoint = "pactffi_version")]
    public static extern IntPtr Version();

    [DllImport(Library, EntryPoint = "pactffi_log_to_buffer")]
    public static extern int LogToBuffer(LevelFilter level);

    /// <summary>Owned by the caller: free with <see cref="StringDelete"/>.</summary>
    [DllImport(Library, EntryPoint = "pactffi_fetch_log_buffer")]
    public static extern IntPtr FetchLogBuffer([MarshalAs(UnmanagedType.LPUTF8Str)] string? logId);

    [DllImport(Library, EntryPoint = "pactffi_string_delete")]
    public static extern void StringDelete(IntPtr value);

    [DllImport(Library, EntryPoint = "pactffi_new_pact")]
    public static extern PactHandle NewPact([MarshalAs(UnmanagedType.LPUTF8Str)] string consumer, [MarshalAs(UnmanagedType.LPUTF8Str)] string provider);

    [DllImport(Library, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool WithSpecification(PactHandle pact, PactSpecification version);

    [DllImport(Library, EntryPoint = "pactffi_with_pact_metadata")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool WithPactMetadata(PactHandle pact, [MarshalAs(UnmanagedType.LPUTF8Str)] string ns, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Library, EntryPoint = "pactffi_new_interaction")]
    public static extern InteractionHandle NewInteraction(PactHandle pact, [MarshalAs(UnmanagedType.LPUTF8Str)] string description);

    [DllImport(Library, EntryPoint = "pactffi_upon_receiving")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool UponReceiving(InteractionHandle interaction, [MarshalAs(UnmanagedType.LPUTF8Str)] string description);

    [DllImport(Library, EntryPoint = "pactffi_given")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool Given(InteractionHandle interaction, [MarshalAs(UnmanagedType.LPUTF8Str)] string description);

    [DllImport(Library, EntryPoint = "pactffi_given_with_param")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool GivenWithParam(InteractionHandle interaction, [MarshalAs(UnmanagedType.LPUTF8Str)] string description, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Library, EntryPoint = "pactffi_with_request")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool WithRequest(InteractionHandle interaction, [MarshalAs(UnmanagedType.LPUTF8Str)] string method, [MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport(Library, EntryPoint = "pactffi_with_query_parameter_v2")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool WithQueryParameter(InteractionHandle interaction, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, UIntPtr index, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Library, EntryPoint = "pactffi_with_header_v2")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool WithHeader(InteractionHandle interaction, InteractionPart part, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, UIntPtr index, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Library, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool ResponseStatus(InteractionHandle interaction, ushort status);

    [DllImport(Library, EntryPoint = "pactffi_with_body")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool WithBody(InteractionHandle interaction, InteractionPart part, [MarshalAs(UnmanagedType.LPUTF8Str)] string contentType, [MarshalAs(UnmanagedType.LPUTF8Str)] string body);

    /// <returns>The port, or -1 bad handle, -2 bad transport config, -3 not started, -4 panic, -5 bad address.</returns>
    [DllImport(Library, EntryPoint = "pactffi_create_mock_server_for_transport")]
    public static extern int CreateMockServerForTransport(PactHandle pact, [MarshalAs(UnmanagedType.LPUTF8Str)] string address, ushort port, [MarshalAs(UnmanagedType.LPUTF8Str)] string transport, [MarshalAs(UnmanagedType.LPUTF8Str)] string? transportConfig);

    [DllImport(Library, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool MockServerMatched(int port);

    /// <summary>Owned by the mock server: copy before <see cref="CleanupMockServer"/>, never free.</summary>
    [DllImport(Library, EntryPoint = "pactffi_mock_server_mismatches")]
    public static extern IntPtr MockServerMismatches(int port);

    /// <summary>Owned by the mock server: copy before <see cref="CleanupMockServer"/>, never free.</summary>
    [DllImport(Library, EntryPoint = "pactffi_mock_server_logs")]
    public static extern IntPtr MockServerLogs(int port);

    /// <returns>0 ok, 1 panic, 2 the file could not be written, 3 no mock server on that port.</returns>
    [DllImport(Library, EntryPoint = "pactffi_write_pact_file")]
    public static extern int WritePactFile(int port, [MarshalAs(UnmanagedType.LPUTF8Str)] string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    [DllImport(Library, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static extern bool CleanupMockServer(int port);

    [DllImport(Library, EntryPoint = "pactffi_free_pact_handle")]
    public static extern uint FreePactHandle(PactHandle pact);
}
