#nullable enable
using System.Net.Http;

namespace AtlasContract.Client;

/// <summary>The operation a request belongs to, carried on the request itself (set by the generated code).</summary>
internal static class AtlasCall
{
    private const string Key = "AtlasContract.Operation";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<string> OptionsKey = new(Key);

    public static void Name(HttpRequestMessage request, string operation) => request.Options.Set(OptionsKey, operation);

    public static string? Operation(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(OptionsKey, out var operation) ? operation : null;
#else
    public static void Name(HttpRequestMessage request, string operation) => request.Properties[Key] = operation;

    public static string? Operation(HttpRequestMessage? request) =>
        request is not null && request.Properties.TryGetValue(Key, out var operation) ? operation as string : null;
#endif
}
