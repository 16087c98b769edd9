using System.Text.Json.Nodes;

namespace AtlasContract.Pact;

/// <summary>A provider state, with optional parameters.</summary>
public sealed record ProviderState(string Name, IReadOnlyDictionary<string, string> Parameters);

/// <summary>One side of an interaction: headers (values may be matcher JSON) and an optional JSON body.</summary>
public sealed class MessagePart
{
    public List<(string Name, string Value)> Headers { get; } = [];

    public JsonNode? Body { get; internal set; }

    public string? ContentType { get; internal set; }
}

/// <summary>An HTTP interaction as the builder recorded it, ready for a driver.</summary>
public sealed class InteractionModel(string description)
{
    public string Description { get; } = description;

    public List<ProviderState> States { get; } = [];

    public string Method { get; internal set; } = "GET";

    public string Path { get; internal set; } = "/";

    /// <summary>Query parameters in order; a name repeated is a list (index 0, 1, …).</summary>
    public List<(string Name, string Value)> Query { get; } = [];

    public MessagePart Request { get; } = new();

    public int Status { get; internal set; } = 200;

    public MessagePart Response { get; } = new();
}

/// <summary>A pact: consumer, provider and the interactions a test registered.</summary>
public sealed record PactModel(string Consumer, string Provider, IReadOnlyList<InteractionModel> Interactions);
