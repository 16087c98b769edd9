#nullable enable
using AtlasContract.Client.Versioning;

namespace AtlasContract.Client;

/// <summary>
/// The result of a <c>…WithResponseAsync</c> call: the value and what the response said about itself (status,
/// headers, requested and served version, <c>Deprecation</c>, <c>Sunset</c>). Each call gets its own: safe on a
/// client shared by concurrent callers.
/// </summary>
/// <typeparam name="T">The operation's result.</typeparam>
public sealed class AtlasResponse<T>
{
    internal AtlasResponse(T value, AtlasResponseInfo info)
    {
        Value = value;
        Info = info;
    }

    /// <summary>The deserialised body.</summary>
    public T Value { get; }

    /// <summary>Status, headers, versions and deprecation of this response.</summary>
    public AtlasResponseInfo Info { get; }

    /// <summary>The value, so that a response can stand where the plain result did.</summary>
    /// <param name="response">The response.</param>
    public static implicit operator T(AtlasResponse<T> response) => response.Value;
}
