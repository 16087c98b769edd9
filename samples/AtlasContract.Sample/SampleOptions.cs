namespace AtlasContract.Sample;

/// <summary>The sample's options: each from the command line, else from the environment.</summary>
internal sealed record SampleOptions(Uri? Host, Uri? TokenUrl, string? OrgId)
{
    public static SampleOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--host" or "--token-url" or "--org"))
            {
                throw new SampleUsageException($"unknown argument '{args[i]}' (at position {i + 1}); usage: [--host URL] [--token-url URL] [--org ORG_ID]");
            }

            values[args[i]] = i + 1 < args.Length ? args[++i] : throw new SampleUsageException($"{args[i]} needs a value (at position {i + 1})");
        }

        return new SampleOptions(
            Url(values, "--host", "MONGODB_ATLAS_BASE_URL"),
            Url(values, "--token-url", "MONGODB_ATLAS_TOKEN_URL"),
            Value(values, "--org", "MONGODB_ATLAS_ORG_ID"));
    }

    private static string? Value(Dictionary<string, string> values, string option, string variable) =>
        values.TryGetValue(option, out var value) ? value : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } env ? env : null;

    private static Uri? Url(Dictionary<string, string> values, string option, string variable) =>
        Value(values, option, variable) is not { } text ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri
        : throw new SampleUsageException($"{option} (or {variable}): '{text}' is not an absolute http(s) URL");
}

/// <summary>Bad options: exit 2.</summary>
internal sealed class SampleUsageException(string message) : Exception(message);
