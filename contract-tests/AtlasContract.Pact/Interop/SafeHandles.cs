using System.Runtime.InteropServices;

namespace AtlasContract.Pact.Interop;

/// <summary>
/// A pact model held by the core: freed with <c>pactffi_free_pact_handle</c> when disposed, or by the
/// finalizer if a caller forgets. The core's handle is a 16-bit reference passed by value.
/// </summary>
internal sealed class PactSafeHandle : SafeHandle
{
    private PactSafeHandle()
        : base(-1, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == -1;

    /// <summary>The handle to pass to the core; only while this object is alive and not disposed.</summary>
    public PactHandle Value => IsClosed ? throw new ObjectDisposedException(nameof(PactSafeHandle)) : new PactHandle((ushort)handle);

    public static PactSafeHandle New(string consumer, string provider)
    {
        var owned = new PactSafeHandle();
        owned.SetHandle(NativeMethods.NewPact(consumer, provider).Ref);
        return owned;
    }

    protected override bool ReleaseHandle() => NativeMethods.FreePactHandle(new PactHandle((ushort)handle)) == 0;
}

/// <summary>A mock server of the core, named by its port: shut down with <c>pactffi_cleanup_mock_server</c> when disposed or finalized.</summary>
internal sealed class MockServerSafeHandle : SafeHandle
{
    private MockServerSafeHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle <= IntPtr.Zero;

    /// <summary>The port, which is how the core names the server.</summary>
    public int Port => IsClosed ? throw new ObjectDisposedException(nameof(MockServerSafeHandle)) : (int)handle;

    /// <summary>Takes ownership of a started server; <paramref name="port"/> must be positive (the core's errors are not).</summary>
    public static MockServerSafeHandle Own(int port)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port);
        var owned = new MockServerSafeHandle();
        owned.SetHandle(port);
        return owned;
    }

    protected override bool ReleaseHandle() => NativeMethods.CleanupMockServer((int)handle);
}
