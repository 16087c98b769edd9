using System.Text.Json.Nodes;

namespace AtlasContract.Spec.PactCheck;

/// <summary>One HTTP interaction of a pact (V3 or V4), in the shape the check needs.</summary>
public sealed record PactInteraction(
    string Description,
    string Method,
    string Path,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RequestHeaders,
    int Status,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResponseHeaders,
    JsonNode? ResponseBody,
    string? ResponseContentType,
    JsonObject? RequestRules = null,
    JsonObject? ResponseRules = null,
    JsonNode? RequestBody = null,
    string? RequestContentType = null,
    int Index = -1)
{
    /// <summary>Whether the request has a body (a JSON <c>null</c> body is one).</summary>
    public bool HasRequestBody { get; init; } = RequestBody is not null;

    /// <summary>Whether the response has a body.</summary>
    public bool HasResponseBody { get; init; } = ResponseBody is not null;
}
