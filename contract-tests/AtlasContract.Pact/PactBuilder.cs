using System.Text.Json.Nodes;
using AtlasContract.Pact.Drivers;

namespace AtlasContract.Pact;

/// <summary>
/// The consumer side of a contract: register interactions, run a test against the mock server, and the pact
/// file is written only if every request matched.
/// <code>
/// var pact = new PactBuilder("AtlasContractClient", "MongoDB-Atlas-Admin-API-v2", "contract-tests/pacts");
/// pact.UponReceiving("a request for all invitations").Given("the organization has invitations")
///     .WithRequest("GET", "/api/atlas/v2/orgs/…/invites").WithHeader("Accept", "application/vnd.atlas.2023-01-01+json")
///     .WillRespond().WithStatus(200).WithJsonBody(Match.EachLike(invitation));
/// await pact.VerifyAsync(async uri => { … call the client at uri … });
/// </code>
/// </summary>
public sealed class PactBuilder(string consumer, string provider, string pactDirectory, IPactDriver? driver = null)
{
    private readonly IPactDriver _driver = driver ?? FfiDriver.Instance;
    private readonly List<InteractionBuilder> _pending = [];

    public string PactDirectory { get; } = Path.GetFullPath(pactDirectory);

    public InteractionBuilder UponReceiving(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new PactException("an interaction needs a description");
        }

        if (_pending.Any(p => p.Model.Description == description))
        {
            throw new PactException($"interaction '{description}' is already registered in this pact");
        }

        var builder = new InteractionBuilder(new InteractionModel(description));
        _pending.Add(builder);
        return builder;
    }

    /// <summary>
    /// Starts the mock server with the registered interactions, runs <paramref name="test"/> against it, and
    /// writes (merges) the pact file if all of them matched. Mismatches throw <see cref="PactException"/>
    /// and write nothing. The registered interactions are cleared either way.
    /// </summary>
    public async Task VerifyAsync(Func<Uri, Task> test)
    {
        var interactions = _pending.Select(p => p.Complete()).ToList();
        _pending.Clear();
        if (interactions.Count == 0)
        {
            throw new PactException("no interaction registered: call UponReceiving(...) first");
        }

        using var server = _driver.Start(new PactModel(consumer, provider, interactions));
        await test(server.BaseUri).ConfigureAwait(false);
        if (!server.Matched())
        {
            throw new PactException($"the mock server saw requests that do not match the pact; nothing was written. Mismatches: {server.Mismatches()}");
        }

        server.WritePact(PactDirectory);
    }
}

/// <summary>The request half of an interaction.</summary>
public sealed class InteractionBuilder
{
    private readonly ResponseBuilder _response;
    private bool _hasRequest;
    private bool _hasResponse;

    internal InteractionBuilder(InteractionModel model)
    {
        Model = model;
        _response = new ResponseBuilder(model);
    }

    internal InteractionModel Model { get; }

    public InteractionBuilder Given(string state, IReadOnlyDictionary<string, string>? parameters = null)
    {
        Model.States.Add(new ProviderState(state, parameters ?? new Dictionary<string, string>()));
        return this;
    }

    public InteractionBuilder WithRequest(string method, string path)
    {
        if (!path.StartsWith('/'))
        {
            throw new PactException($"'{Model.Description}': the request path must start with '/', not '{path}'");
        }

        (Model.Method, Model.Path, _hasRequest) = (method.ToUpperInvariant(), path, true);
        return this;
    }

    /// <summary>A query parameter, as the client sends it (decoded); repeat the name for a list.</summary>
    public InteractionBuilder WithQuery(string name, string value)
    {
        Model.Query.Add((name, value));
        return this;
    }

    public InteractionBuilder WithHeader(string name, string value)
    {
        Model.Request.Headers.Add((name, value));
        return this;
    }

    public InteractionBuilder WithHeader(string name, JsonNode matcher)
    {
        MatcherRules.Validate(matcher, $"'{Model.Description}' request header {name}");
        Model.Request.Headers.Add((name, matcher.ToJsonString()));
        return this;
    }

    public InteractionBuilder WithJsonBody(JsonNode body, string contentType = "application/json")
    {
        Bodies.Set(Model.Request, body, contentType, $"'{Model.Description}' request");
        return this;
    }

    public ResponseBuilder WillRespond()
    {
        _hasResponse = true;
        return _response;
    }

    internal InteractionModel Complete()
    {
        if (!_hasRequest || !_hasResponse)
        {
            throw new PactException($"interaction '{Model.Description}' is incomplete: it needs WithRequest(...) and WillRespond()");
        }

        return Model;
    }
}

/// <summary>The response half of an interaction.</summary>
public sealed class ResponseBuilder
{
    private readonly InteractionModel _model;

    internal ResponseBuilder(InteractionModel model) => _model = model;

    public ResponseBuilder WithStatus(int status)
    {
        if (status is < 100 or > 599)
        {
            throw new PactException($"'{_model.Description}': {status} is not an HTTP status");
        }

        _model.Status = status;
        return this;
    }

    public ResponseBuilder WithHeader(string name, string value)
    {
        _model.Response.Headers.Add((name, value));
        return this;
    }

    public ResponseBuilder WithHeader(string name, JsonNode matcher)
    {
        MatcherRules.Validate(matcher, $"'{_model.Description}' response header {name}");
        _model.Response.Headers.Add((name, matcher.ToJsonString()));
        return this;
    }

    public ResponseBuilder WithJsonBody(JsonNode body, string contentType = "application/json")
    {
        Bodies.Set(_model.Response, body, contentType, $"'{_model.Description}' response");
        return this;
    }
}

internal static class Bodies
{
    /// <summary>One body per part: the core keeps the first body's matching rules when given a second.</summary>
    public static void Set(MessagePart part, JsonNode body, string contentType, string where)
    {
        if (part.Body is not null)
        {
            throw new PactException($"{where} already has a body; a second one would keep the first one's matching rules");
        }

        MatcherRules.Validate(body, where + " body");
        (part.Body, part.ContentType) = (body.DeepClone(), contentType);
    }
}
