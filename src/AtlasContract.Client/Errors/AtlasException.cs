#nullable enable
using System;

namespace AtlasContract.Client;

/// <summary>
/// The one exception family of the client: every failure of a call derives from it. An error answer from Atlas
/// is an <see cref="AtlasApiException"/> (with its typed subclasses), a refused or unreachable token endpoint an
/// <see cref="Auth.AtlasAuthenticationException"/>, a network failure or timeout an <see cref="AtlasTransportException"/>.
/// Catch <see cref="AtlasException"/> to handle them all. Cancellation by the caller stays an
/// <see cref="OperationCanceledException"/>; a malformed argument an <see cref="ArgumentException"/> (nothing was sent).
/// </summary>
public abstract class AtlasException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="operation">The operation that was called (its operationId), when known.</param>
    /// <param name="innerException">The cause.</param>
    protected AtlasException(string message, string? operation, Exception? innerException)
        : base(message, innerException) => Operation = operation;

    /// <summary>The operation that was called, e.g. <c>listOrgInvites</c>, when known.</summary>
    public string? Operation { get; }
}
