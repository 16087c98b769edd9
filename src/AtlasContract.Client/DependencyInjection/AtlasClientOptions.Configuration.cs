#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using AtlasContract.Client.Auth;
using Microsoft.Extensions.Configuration;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>Binding from configuration, with credentials by reference to a secret.</summary>
public sealed partial class AtlasClientOptions
{
    /// <summary><c>AtlasContract.Client/</c> and the client assembly's informational version (without its source revision).</summary>
    public static string DefaultUserAgent { get; } = "AtlasContract.Client/" + ClientVersion();

    /// <summary>What binding could not read (one line each), reported by <see cref="AtlasClientOptionsValidator"/>.</summary>
    internal List<string> ConfigurationProblems { get; private set; } = new();

    /// <summary>
    /// Reads the options from a configuration section (e.g. <c>Atlas</c>): <c>BaseAddress</c>, <c>LegacyApiRoot</c>,
    /// <c>TokenUrl</c>, <c>Timeout</c> (<c>00:01:40</c>), <c>UserAgent</c>, <c>UseEnvelope</c>, and credentials BY
    /// REFERENCE: <c>ApiKey:PublicKey</c> with <c>ApiKey:PrivateKeyFrom</c>, or <c>ServiceAccount:ClientId</c> with
    /// <c>ServiceAccount:ClientSecretFrom</c>, each <c>…From</c> naming the configuration key or environment variable
    /// that holds the secret (a secret store, user secrets, the environment), never the secret itself. Keys that are
    /// absent leave their option as it was. What cannot be read (a malformed address, a reference that names
    /// nothing, a secret written in the section) is not thrown here: it is reported, one line per problem, when the
    /// options are validated at start-up.
    /// </summary>
    /// <param name="section">The section.</param>
    /// <param name="secret">Looks a secret up by the name a <c>…From</c> key gives; null: the environment.</param>
    public void Bind(IConfiguration section, Func<string, string?>? secret = null)
    {
        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        secret ??= Environment.GetEnvironmentVariable;
        var path = (section as IConfigurationSection)?.Path is { Length: > 0 } p ? p + ":" : string.Empty;
        BaseAddress = ReadUri(section, path, "BaseAddress") ?? BaseAddress;
        LegacyApiRoot = ReadUri(section, path, "LegacyApiRoot") ?? LegacyApiRoot;
        TokenUrl = ReadUri(section, path, "TokenUrl") ?? TokenUrl;
        if (section["Timeout"] is { Length: > 0 } timeout)
        {
            if (TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var value))
            {
                Timeout = value;
            }
            else
            {
                ConfigurationProblems.Add($"{path}Timeout: '{timeout}' is not a time span (e.g. 00:01:40).");
            }
        }

        UserAgent = section["UserAgent"] is { Length: > 0 } agent ? agent : UserAgent;
        if (section["UseEnvelope"] is { Length: > 0 } envelope)
        {
            if (bool.TryParse(envelope, out var value))
            {
                UseEnvelope = value;
            }
            else
            {
                ConfigurationProblems.Add($"{path}UseEnvelope: '{envelope}' is not true or false.");
            }
        }

        Credentials = ReadCredentials(section.GetSection("ApiKey"), path + "ApiKey:", "PublicKey", "PrivateKey", secret, AtlasCredentials.ApiKey)
            ?? ReadCredentials(section.GetSection("ServiceAccount"), path + "ServiceAccount:", "ClientId", "ClientSecret", secret, AtlasCredentials.ServiceAccount)
            ?? Credentials;
    }

    private static string ClientVersion()
    {
        var version = typeof(AtlasClientOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(AtlasClientOptions).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    private Uri? ReadUri(IConfiguration section, string path, string key)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        ConfigurationProblems.Add($"{path}{key}: '{text}' is not an absolute http(s) address.");
        return null;
    }

    /// <summary>The identity in clear, the secret through its reference; null when the section is absent.</summary>
    private AtlasCredentials? ReadCredentials(IConfigurationSection section, string path, string identityKey, string secretKey, Func<string, string?> secret, Func<string, string, AtlasCredentials> create)
    {
        if (!section.GetChildren().Any())
        {
            return null;
        }

        var problems = ConfigurationProblems.Count;
        if (section[secretKey] is { Length: > 0 })
        {
            ConfigurationProblems.Add($"{path}{secretKey} holds a secret in configuration: keep it in a secret store or the environment and name it with {path}{secretKey}From.");
        }

        var identity = section[identityKey];
        if (string.IsNullOrWhiteSpace(identity))
        {
            ConfigurationProblems.Add($"{path}{identityKey} is missing.");
        }

        string? value = null;
        if (section[secretKey + "From"] is not { Length: > 0 } reference)
        {
            ConfigurationProblems.Add($"{path}{secretKey}From is missing: name the configuration key or environment variable that holds the secret.");
        }
        else if (string.IsNullOrEmpty(value = secret(reference)))
        {
            ConfigurationProblems.Add($"{path}{secretKey}From names '{reference}', which is neither a configuration key nor an environment variable with a value.");
        }

        return ConfigurationProblems.Count == problems ? create(identity!, value!) : null;
    }
}
