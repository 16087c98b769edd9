#nullable enable
using System;

namespace AtlasContract.Client.Auth;

/// <summary>The service-account token could not be obtained. Never carries the secret.</summary>
public sealed class AtlasAuthenticationException : Exception
{
    internal AtlasAuthenticationException(string message, int? statusCode = null, string? error = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The token endpoint's HTTP status, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>The OAuth error code (<c>invalid_client</c>, …), when the endpoint gave one.</summary>
    public string? Error { get; }
}
