#nullable enable
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace AtlasContract.Client.Auth;

/// <summary>A request can be sent once: a retry (auth challenge, token refresh, 429) sends a copy.</summary>
internal static class HttpRequestCloner
{
    /// <summary>Buffers the content so that it can be copied later.</summary>
    public static async Task PrepareAsync(HttpRequestMessage request)
    {
        if (request.Content is { } content)
        {
            await content.LoadIntoBufferAsync().ConfigureAwait(false);
        }
    }

    public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers.Where(h => h.Key != "Authorization"))
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Content is { } content)
        {
            var bytes = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            clone.Content = new ByteArrayContent(bytes);
            foreach (var header in content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

#if NET5_0_OR_GREATER
        foreach (var option in request.Options)
        {
            ((System.Collections.Generic.IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
        }
#endif
        return clone;
    }
}
