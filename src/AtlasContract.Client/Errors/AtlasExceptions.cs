#nullable enable
using System;

namespace AtlasContract.Client;

/// <summary>400: Atlas rejected the request's values.</summary>
public sealed class AtlasBadRequestException : AtlasApiException
{
    internal AtlasBadRequestException(AtlasError error) : base(error) { }
}

/// <summary>401: no valid credentials (digest key pair or service-account token).</summary>
public sealed class AtlasUnauthorizedException : AtlasApiException
{
    internal AtlasUnauthorizedException(AtlasError error) : base(error) { }
}

/// <summary>403: the credentials lack the role the operation needs (here: Organization Owner).</summary>
public sealed class AtlasForbiddenException : AtlasApiException
{
    internal AtlasForbiddenException(AtlasError error) : base(error) { }
}

/// <summary>404: the organization (or the resource) does not exist or is not visible.</summary>
public sealed class AtlasNotFoundException : AtlasApiException
{
    internal AtlasNotFoundException(AtlasError error) : base(error) { }
}

/// <summary>406: Atlas does not offer the requested API version (media type) for this operation.</summary>
public sealed class AtlasVersionNotAcceptableException : AtlasApiException
{
    internal AtlasVersionNotAcceptableException(AtlasError error) : base(error) { }
}

/// <summary>410: the requested API version is gone (past its sunset; Atlas answers <c>VERSION_GONE</c>).</summary>
public sealed class AtlasVersionGoneException : AtlasApiException
{
    internal AtlasVersionGoneException(AtlasError error) : base(error) { }
}

/// <summary>429: rate limited. <see cref="RetryAfter"/> says how long Atlas asks to wait.</summary>
public sealed class AtlasRateLimitedException : AtlasApiException
{
    internal AtlasRateLimitedException(AtlasError error, TimeSpan? retryAfter) : base(error) => RetryAfter = retryAfter;

    /// <summary>The <c>Retry-After</c> delay, when Atlas sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>5xx: Atlas (or a proxy in front of it) failed.</summary>
public sealed class AtlasServerException : AtlasApiException
{
    internal AtlasServerException(AtlasError error) : base(error) { }
}
