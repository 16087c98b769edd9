#nullable enable
using System;

namespace AtlasContract.Client.Auth;

/// <summary>
/// The service-account token could not be obtained (refused, or the token endpoint unreachable). Part of the
/// <see cref="AtlasException"/> family; never carries the secret.
/// </summary>
public sealed class AtlasAuthenticationException : AtlasException
{
    internal AtlasAuthenticationException(string message, int? statusCode = null, string? error = null, Exception? inner = null, string? operation = null)
        : base(message, operation, inner)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The token endpoint's HTTP status, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>The OAuth error code (<c>invalid_client</c>, …), when the endpoint gave one.</summary>
    public string? Error { get; }

    /// <summary>The same failure, named as part of <paramref name="operation"/>.</summary>
    internal AtlasAuthenticationException For(string operation) =>
        Operation is not null ? this : new AtlasAuthenticationException($"{operation}: {Message}", StatusCode, Error, this, operation);
}
