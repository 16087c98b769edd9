#nullable enable
using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>
/// Checks each name's <see cref="AtlasClientOptions"/> when the host starts (<c>ValidateOnStart</c>) or when the
/// options are first read: one line per problem, naming the registration and the setting, never a secret.
/// </summary>
public sealed class AtlasClientOptionsValidator : IValidateOptions<AtlasClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AtlasClientOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var problems = Problems(options);
        var prefix = string.IsNullOrEmpty(name) ? "Atlas client options: " : $"Atlas client options '{name}': ";
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.ConvertAll(p => prefix + p));
    }

    private static List<string> Problems(AtlasClientOptions options)
    {
        var problems = new List<string>(options.ConfigurationProblems);
        CheckAddress(problems, "BaseAddress", options.BaseAddress, required: true);
        CheckAddress(problems, "LegacyApiRoot", options.LegacyApiRoot, required: false);
        CheckAddress(problems, "TokenUrl", options.TokenUrl, required: false);
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            problems.Add($"Timeout {options.Timeout} is not positive.");
        }

        using var probe = new HttpRequestMessage();
        if (string.IsNullOrWhiteSpace(options.UserAgent) || !probe.Headers.UserAgent.TryParseAdd(options.UserAgent))
        {
            problems.Add($"UserAgent '{options.UserAgent}' is not a valid User-Agent header (product/version).");
        }

        return problems;
    }

    private static void CheckAddress(List<string> problems, string setting, Uri? address, bool required)
    {
        if (address is null)
        {
            if (required)
            {
                problems.Add($"{setting} is missing.");
            }
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{setting} '{address}' is not an absolute http(s) address.");
        }
    }
}
