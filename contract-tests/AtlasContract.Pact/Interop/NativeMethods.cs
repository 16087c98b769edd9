using System.Runtime.InteropServices;

namespace AtlasContract.Pact.Interop;

/// <summary>Handle to a pact model held by the core (<c>struct PactHandle { uint16_t pact_ref; }</c>).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct PactHandle(ushort value)
{
    public readonly ushort Ref = value;
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
/// The raw pact_ffi entry points this binding uses, as the core declares them, source-generated
/// (<c>LibraryImport</c>: no runtime marshalling stubs, trimming- and AOT-friendly). Strings go in as UTF-8;
/// Rust <c>bool</c> is one byte; strings coming back are <see cref="IntPtr"/> so the drivers can copy them
/// and free the ones the caller owns with <see cref="StringDelete"/>.
/// </summary>
internal static partial class NativeMethods
{
    private const string Library = "pact_ffi";

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_version")]
    public static partial IntPtr Version();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_log_to_buffer")]
    public static partial int LogToBuffer(LevelFilter level);

    /// <summary>Owned by the caller: free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_fetch_log_buffer")]
    public static partial IntPtr FetchLogBuffer(string? logId);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_string_delete")]
    public static partial void StringDelete(IntPtr value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_new_pact")]
    public static partial PactHandle NewPact(string consumer, string provider);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithSpecification(PactHandle pact, PactSpecification version);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_with_pact_metadata")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithPactMetadata(PactHandle pact, string ns, string name, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_new_interaction")]
    public static partial InteractionHandle NewInteraction(PactHandle pact, string description);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_upon_receiving")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool UponReceiving(InteractionHandle interaction, string description);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_given")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool Given(InteractionHandle interaction, string description);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_given_with_param")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool GivenWithParam(InteractionHandle interaction, string description, string name, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_with_request")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithRequest(InteractionHandle interaction, string method, string path);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_with_query_parameter_v2")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithQueryParameter(InteractionHandle interaction, string name, nuint index, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_with_header_v2")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithHeader(InteractionHandle interaction, InteractionPart part, string name, nuint index, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ResponseStatus(InteractionHandle interaction, ushort status);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_with_body")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool WithBody(InteractionHandle interaction, InteractionPart part, string contentType, string body);

    /// <returns>The port, or -1 bad handle, -2 bad transport config, -3 not started, -4 panic, -5 bad address.</returns>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_create_mock_server_for_transport")]
    public static partial int CreateMockServerForTransport(PactHandle pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool MockServerMatched(int port);

    /// <summary>Owned by the mock server: copy before <see cref="CleanupMockServer"/>, never free.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_mock_server_mismatches")]
    public static partial IntPtr MockServerMismatches(int port);

    /// <returns>0 ok, 1 panic, 2 the file could not be written, 3 no mock server on that port.</returns>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_write_pact_file")]
    public static partial int WritePactFile(int port, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool CleanupMockServer(int port);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "pactffi_free_pact_handle")]
    public static partial uint FreePactHandle(PactHandle pact);
}
