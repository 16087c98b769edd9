#nullable enable
using System;

namespace AtlasContract.Client.Auth;

/// <summary>
/// How the client authenticates: an API key pair (HTTP Digest) or a service account (OAuth 2.0 client
/// credentials). Secrets never appear in <c>ToString()</c>, exception messages or logs.
/// </summary>
public abstract class AtlasCredentials
{
    private protected AtlasCredentials()
    {
    }

    /// <summary>A programmatic API key: public key (the user name) and private key (the password).</summary>
    public static AtlasCredentials ApiKey(string publicKey, string privateKey) => new ApiKeyCredentials(publicKey, privateKey);

    /// <summary>A service account: client id and client secret, exchanged for a bearer token.</summary>
    public static AtlasCredentials ServiceAccount(string clientId, string clientSecret) => new ServiceAccountCredentials(clientId, clientSecret);

    /// <summary>
    /// <c>MONGODB_ATLAS_CLIENT_ID</c>/<c>MONGODB_ATLAS_CLIENT_SECRET</c> (preferred) or
    /// <c>MONGODB_ATLAS_PUBLIC_KEY</c>/<c>MONGODB_ATLAS_PRIVATE_KEY</c>; null when neither pair is set. Half a pair (one
    /// variable of it set, the other not) throws an <see cref="ArgumentException"/> naming the missing variable.
    /// </summary>
    public static AtlasCredentials? FromEnvironment()
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
        if (Get("MONGODB_ATLAS_CLIENT_ID") is { } id && Get("MONGODB_ATLAS_CLIENT_SECRET") is { } secret)
        {
            return ServiceAccount(id, secret);
        }

        if (Get("MONGODB_ATLAS_PUBLIC_KEY") is { } publicKey && Get("MONGODB_ATLAS_PRIVATE_KEY") is { } privateKey)
        {
            return ApiKey(publicKey, privateKey);
        }

        // Half a pair is a misconfiguration: calling without credentials would hide it behind a 401 later.
        foreach (var (set, missing) in new[]
        {
            ("MONGODB_ATLAS_CLIENT_ID", "MONGODB_ATLAS_CLIENT_SECRET"), ("MONGODB_ATLAS_CLIENT_SECRET", "MONGODB_ATLAS_CLIENT_ID"),
            ("MONGODB_ATLAS_PUBLIC_KEY", "MONGODB_ATLAS_PRIVATE_KEY"), ("MONGODB_ATLAS_PRIVATE_KEY", "MONGODB_ATLAS_PUBLIC_KEY"),
        })
        {
            if (Get(set) is not null && Get(missing) is null)
            {
                throw new ArgumentException($"{missing} is not set but {set} is: set both (or neither)", missing);
            }
        }

        return null;
    }

    private protected static string Require(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is empty.", name) : value!;
}

/// <summary>An API key pair for HTTP Digest.</summary>
public sealed class ApiKeyCredentials : AtlasCredentials
{
    internal ApiKeyCredentials(string publicKey, string privateKey)
    {
        PublicKey = Require(publicKey, nameof(publicKey));
        PrivateKey = Require(privateKey, nameof(privateKey));
    }

    /// <summary>The public key (not a secret).</summary>
    public string PublicKey { get; }

    internal string PrivateKey { get; }

    /// <inheritdoc />
    public override string ToString() => $"API key {PublicKey} (private key redacted)";
}

/// <summary>A service account for the OAuth 2.0 client-credentials flow.</summary>
public sealed class ServiceAccountCredentials : AtlasCredentials
{
    internal ServiceAccountCredentials(string clientId, string clientSecret)
    {
        ClientId = Require(clientId, nameof(clientId));
        ClientSecret = Require(clientSecret, nameof(clientSecret));
    }

    /// <summary>The client id (not a secret).</summary>
    public string ClientId { get; }

    internal string ClientSecret { get; }

    /// <inheritdoc />
    public override string ToString() => $"service account {ClientId} (secret redacted)";
}
