using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>The response side: status, headers, Content-Type and body.</summary>
public sealed partial class PactVerifier
{
    /// <summary>Headers HTTP servers and proxies send on any response: never "undeclared".</summary>
    private static readonly HashSet<string> StandardResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept-patch", "accept-ranges", "access-control-allow-credentials", "access-control-allow-headers", "access-control-allow-methods",
        "access-control-allow-origin", "access-control-expose-headers", "access-control-max-age", "age", "allow", "alt-svc",
        "cache-control", "connection", "content-disposition", "content-encoding", "content-language", "content-length",
        "content-location", "content-range", "content-type", "date", "etag", "expires", "keep-alive", "last-modified", "link",
        "location", "pragma", "proxy-authenticate", "retry-after", "server", "set-cookie", "strict-transport-security", "trailer",
        "transfer-encoding", "upgrade", "vary", "via", "www-authenticate", "x-content-type-options", "x-frame-options",
    };

    private IEnumerable<Found> CheckResponse(PactInteraction interaction, Operation op)
    {
        var status = interaction.Status.ToString(CultureInfo.InvariantCulture);
        if (ResponseOf(interaction, op.Node, out var key) is not { } response)
        {
            var declared = string.Join(", ", (op.Node["responses"] as JsonObject ?? []).Select(r => r.Key));
            yield return Found.Err(ProblemCodes.StatusUnknown, $"{op.Where}: response status {status} is not declared (declared: {declared})", "/response/status", op.Pointer + "/responses");
            yield break;
        }

        var at = JsonPointer.Append(op.Pointer + "/responses", key);
        var headers = response["headers"] as JsonObject ?? [];
        foreach (var (name, values) in interaction.ResponseHeaders)
        {
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var pactAt = JsonPointer.Append("/response/headers", name);
            var declared = headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            if (declared.Value is null)
            {
                if (!StandardResponseHeaders.Contains(name))
                {
                    yield return Found.Err(ProblemCodes.ResponseHeaderUnknown, $"{op.Where}: response {status} header '{name}' is not declared by the spec (the provider need not send it)", pactAt, at + "/headers");
                }

                continue;
            }

            var header = _views.Resolve(declared.Value) ?? [];
            foreach (var error in _validator.Validate(_reader.Header(header, string.Join(",", values)), header["schema"], "value"))
            {
                yield return Found.Err(ProblemCodes.ResponseHeaderIncompatible, $"{op.Where}: response {status} header {name}: {error["value: ".Length..]}", pactAt, JsonPointer.Append(at + "/headers", declared.Key));
            }
        }

        var content = response["content"] as JsonObject ?? [];
        var contentType = Values(interaction.ResponseHeaders, "Content-Type").FirstOrDefault() ?? interaction.ResponseContentType;
        string? mediaKey = null;
        if (contentType is not null && (mediaKey = MediaTypes.Find(contentType, content.Select(c => c.Key))) is null)
        {
            var offered = content.Count == 0 ? "none" : string.Join(", ", content.Select(c => c.Key));
            yield return Found.Err(ProblemCodes.ResponseContentTypeIncompatible, $"{op.Where}: response {status} Content-Type '{MediaType(contentType)}' is not offered by the spec ({offered})", "/response/headers/Content-Type", at + "/content");
            yield break;
        }

        if (!interaction.HasResponseBody)
        {
            yield break;
        }

        if (content.Count == 0)
        {
            yield return Found.Err(ProblemCodes.ResponseBodyUnknown, $"{op.Where}: response {status} has a body; the spec's response declares no content", "/response/body", at);
            yield break;
        }

        // No Content-Type in the pact: the provider's media type decides (its JSON one, else its only one).
        mediaKey ??= content.Select(c => c.Key).FirstOrDefault(MediaTypes.IsJson) ?? content.First().Key;
        var body = interaction.ResponseBody;
        var root = "$";
        if (Enveloped(interaction))
        {
            // Atlas's envelope=true wraps any answer in {"status": <http status>, "content": <body>}; the spec
            // describes the content only.
            if (body is not JsonObject envelope || envelope["status"] is not JsonValue s || !s.TryGetValue<int>(out _) || !envelope.ContainsKey("content"))
            {
                yield return Found.Err(ProblemCodes.ResponseBodyIncompatible, $"{op.Where}: response {status} to envelope=true is not an envelope {{\"status\": …, \"content\": …}}", "/response/body", at);
                yield break;
            }

            (body, root) = (envelope["content"], "$.content");
        }

        var schemaAt = JsonPointer.Append(at + "/content", mediaKey) + "/schema";
        var label = $"{op.Where}: response {status} body";
        foreach (var problem in Memo((interaction.ResponseBody, null, label, schemaAt, Enveloped(interaction)), () => Body(body, mediaKey, content[mediaKey]?["schema"], response: true, root, label, "/response/body", schemaAt)))
        {
            yield return problem;
        }
    }
}
