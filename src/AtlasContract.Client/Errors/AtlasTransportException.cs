#nullable enable
using System;

namespace AtlasContract.Client;

/// <summary>Atlas could not be reached or did not answer in time (DNS, TLS, connection reset, timeout).</summary>
public sealed class AtlasTransportException : AtlasException
{
    internal AtlasTransportException(string message, string? operation, bool isTimeout, Exception innerException)
        : base(message, operation, innerException) => IsTimeout = isTimeout;

    /// <summary>Whether the request timed out (rather than failing to connect or being cut).</summary>
    public bool IsTimeout { get; }
}
