using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>One way an interaction is not allowed by the spec.</summary>
public sealed record PactProblem(string Interaction, string Problem)
{
    public override string ToString() => $"{Interaction}: {Problem}";
}

/// <summary>
/// Checks that every interaction of a pact is allowed by an OpenAPI document: the path and method exist,
/// query parameters and headers are declared, Accept and Content-Type name a media type the spec offers
/// for that status — vendor version included (<c>application/vnd.atlas.2024-11-13+json</c> is not
/// <c>…2023-01-01+json</c>), parameters such as charset aside — the status is declared, and the body is
/// valid against the schema, with undeclared properties an error. The matching rules must stay within the spec
/// too: every value a matcher lets the provider send instead of the example must be one the spec allows
/// (<see cref="MatcherCheck"/>).
/// </summary>
public sealed partial class PactVerifier
{
    private static readonly HashSet<string> TransportHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "authorization", "content-type", "content-length", "user-agent", "host", "accept-encoding", "connection", "date",
    };

    private readonly SpecDocument _spec;
    private readonly PathMatcher _paths;
    private readonly SchemaView.Factory _views;
    private readonly SchemaValidator _validator;
    private readonly MatcherCheck _matchers;

    public PactVerifier(SpecDocument spec)
    {
        _spec = spec;
        _paths = new PathMatcher(spec);
        _views = new SchemaView.Factory(spec);
        _validator = new SchemaValidator(_views);
        _matchers = new MatcherCheck(_views, _validator);
    }

    public IReadOnlyList<PactProblem> Verify(IEnumerable<PactInteraction> interactions) =>
        interactions.SelectMany(i => Verify(i).Select(p => new PactProblem(i.Description, p))).ToList();

    public IEnumerable<string> Verify(PactInteraction interaction)
    {
        var match = _paths.Match(interaction.Path);
        if (match is not { } found)
        {
            yield return $"{interaction.Method} {interaction.Path}: no path of the spec matches";
            yield break;
        }

        var operation = _spec.Paths[found.Template]?[interaction.Method.ToLowerInvariant()] as JsonObject;
        if (operation is null)
        {
            yield return $"{interaction.Method} {found.Template}: the spec has no {interaction.Method} on this path";
            yield break;
        }

        var where = $"{interaction.Method} {found.Template}";
        var parameters = Parameters(found.Template, operation);
        foreach (var problem in CheckRequest(interaction, found.Parameters, parameters, where))
        {
            yield return problem;
        }

        foreach (var problem in CheckResponse(interaction, operation, where))
        {
            yield return problem;
        }

        foreach (var problem in CheckRequestMatchers(interaction, found.Template, parameters, where))
        {
            yield return problem;
        }

        foreach (var problem in CheckResponseMatchers(interaction, operation, where))
        {
            yield return problem;
        }
    }

    private IEnumerable<string> CheckRequestMatchers(PactInteraction interaction, string template, List<JsonObject> parameters, string where)
    {
        var checkValues = interaction.Status is not (400 or 422);
        foreach (var rule in MatchingRules.Read(interaction.RequestRules))
        {
            string? problem;
            switch (rule.Category)
            {
                case "path":
                    problem = _matchers.Named(rule, interaction.Path, path => _paths.Match(path) is { } m && m.Template == template
                        ? checkValues ? m.Parameters.Select(p => ParameterError(parameters, "path", p.Key, p.Value)).FirstOrDefault(e => e is not null) : null
                        : $"it is not a {template} path");
                    break;
                case "query":
                    problem = Declared(parameters, "query", rule.Name) is null || !checkValues ? null
                        : _matchers.Named(rule, Values(interaction.Query, rule.Name).FirstOrDefault(), value => ParameterError(parameters, "query", rule.Name, value));
                    break;
                case "header" when string.Equals(rule.Name, "Accept", StringComparison.OrdinalIgnoreCase):
                    var offered = Offered(interaction, _spec.Paths[template]?[interaction.Method.ToLowerInvariant()] as JsonObject);
                    problem = offered is null ? null : _matchers.Named(rule, Values(interaction.RequestHeaders, rule.Name).FirstOrDefault(), accept =>
                        accept.Split(',').Select(MediaType).FirstOrDefault(m => m is not "*/*" && !offered.Contains(m, StringComparer.OrdinalIgnoreCase)) is { } other
                            ? $"'{other}' is not a media type the spec offers for {interaction.Status}" : null);
                    break;
                case "header":
                    problem = Declared(parameters, "header", rule.Name) is null || !checkValues ? null
                        : _matchers.Named(rule, Values(interaction.RequestHeaders, rule.Name).FirstOrDefault(), value => ParameterError(parameters, "header", rule.Name, value));
                    break;
                case "body":
                    problem = "the pact matches a request body, which this check does not compare with the spec";
                    break;
                default:
                    problem = $"matching rules of category '{rule.Category}' are not checked against the spec";
                    break;
            }

            if (problem is not null)
            {
                yield return $"{where}: request {(rule.Category == "path" ? "path" : $"{rule.Category} {rule.Name}")}: {problem}";
            }
        }
    }

    private IEnumerable<string> CheckResponseMatchers(PactInteraction interaction, JsonObject operation, string where)
    {
        var rules = MatchingRules.Read(interaction.ResponseRules);
        if (rules.Count == 0 || ResponseOf(interaction, operation) is not { } response)
        {
            yield break;
        }

        var status = interaction.Status.ToString(CultureInfo.InvariantCulture);
        var content = response["content"] as JsonObject ?? [];
        foreach (var rule in rules.Where(r => r.Category == "header"))
        {
            string? problem;
            if (string.Equals(rule.Name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                problem = _matchers.Named(rule, Values(interaction.ResponseHeaders, rule.Name).FirstOrDefault() ?? interaction.ResponseContentType, value =>
                    content.ContainsKey(MediaType(value)) ? null : $"'{MediaType(value)}' is not a media type the spec offers for {status} ({string.Join(", ", content.Select(c => c.Key))})");
            }
            else if ((response["headers"] as JsonObject ?? []).FirstOrDefault(h => string.Equals(h.Key, rule.Name, StringComparison.OrdinalIgnoreCase)).Value is { } declared)
            {
                var schema = _views.Resolve(declared)?["schema"];
                problem = _matchers.Named(rule, Values(interaction.ResponseHeaders, rule.Name).FirstOrDefault(), value => _validator.Validate(ParameterValue(value, schema), schema, "value").FirstOrDefault()?["value: ".Length..]);
            }
            else
            {
                continue;
            }

            if (problem is not null)
            {
                yield return $"{where}: response {status} header {rule.Name}: {problem}";
            }
        }

        foreach (var rule in rules.Where(r => r.Category is not ("header" or "body")))
        {
            yield return $"{where}: response {status} {rule.Category} {rule.Name}: matching rules of category '{rule.Category}' are not checked against the spec";
        }

        var contentType = Values(interaction.ResponseHeaders, "Content-Type").FirstOrDefault() ?? interaction.ResponseContentType;
        var media = contentType is null ? null : content.FirstOrDefault(c => string.Equals(c.Key, MediaType(contentType), StringComparison.OrdinalIgnoreCase)).Value;
        if (media is null || !rules.Any(r => r.Category == "body"))
        {
            // No body or a media type the spec does not offer: reported by the body check already.
            yield break;
        }

        foreach (var problem in _matchers.Body(rules, interaction.ResponseBody, (media as JsonObject)?["schema"], Enveloped(interaction)))
        {
            yield return $"{where}: response {status} body {problem}";
        }
    }

    private JsonObject? ResponseOf(PactInteraction interaction, JsonObject operation)
    {
        var responses = operation["responses"] as JsonObject ?? [];
        var status = interaction.Status.ToString(CultureInfo.InvariantCulture);
        var key = responses.ContainsKey(status) ? status : responses.ContainsKey(status[0] + "XX") ? status[0] + "XX" : responses.ContainsKey("default") ? "default" : null;
        return key is null ? null : _views.Resolve(responses[key]);
    }

    private List<string>? Offered(PactInteraction interaction, JsonObject? operation) =>
        operation is null || interaction.Status / 100 != 2 || ResponseOf(interaction, operation) is not { } response ? null
            : (response["content"] as JsonObject ?? []).Select(c => c.Key).ToList();

    private static JsonObject? Declared(List<JsonObject> parameters, string location, string name) => parameters.FirstOrDefault(p =>
        p["in"]?.ToString() == location && string.Equals(p["name"]?.ToString(), name, location == "header" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    private string? ParameterError(List<JsonObject> parameters, string location, string name, string value) =>
        Declared(parameters, location, name) is { } p ? _validator.Validate(ParameterValue(value, p["schema"]), p["schema"], "value").FirstOrDefault()?["value: ".Length..] : null;

    private List<JsonObject> Parameters(string template, JsonObject operation)
    {
        var list = new List<JsonObject>();
        foreach (var source in new[] { _spec.Paths[template]?["parameters"], operation["parameters"] })
        {
            foreach (var p in source as JsonArray ?? [])
            {
                if (_views.Resolve(p) is { } parameter)
                {
                    list.Add(parameter);
                }
            }
        }

        return list;
    }

    private IEnumerable<string> CheckRequest(PactInteraction interaction, Dictionary<string, string> pathValues, List<JsonObject> parameters, string where)
    {
        // An interaction answered 400 or 422 documents how invalid input is rejected: its values may break
        // the declared schema on purpose. Names must still be declared.
        var checkValues = interaction.Status is not (400 or 422);

        JsonObject? Declared(string location, string name) => parameters.FirstOrDefault(p =>
            p["in"]?.ToString() == location && string.Equals(p["name"]?.ToString(), name, location == "header" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

        foreach (var (name, value) in pathValues)
        {
            if (checkValues && Declared("path", name) is { } p)
            {
                foreach (var error in _validator.Validate(JsonValue.Create(value), p["schema"], $"path parameter {name}"))
                {
                    yield return $"{where}: {error}";
                }
            }
        }

        foreach (var (name, values) in interaction.Query)
        {
            if (Declared("query", name) is not { } p)
            {
                yield return $"{where}: query parameter '{name}' is not declared by the spec";
                continue;
            }

            // An array parameter (form style, exploded: OpenAPI's default) is the list of its repeated values.
            var arrayItems = _views.Of(p["schema"]) is { Type: "array" } array ? array.Items : null;
            var candidates = !checkValues ? []
                : arrayItems is not null ? [new JsonArray(values.Select(v => ParameterValue(v, arrayItems)).ToArray())]
                : values.Select(v => ParameterValue(v, p["schema"]));
            foreach (var candidate in candidates)
            {
                foreach (var error in _validator.Validate(candidate, p["schema"], $"query parameter {name}"))
                {
                    yield return $"{where}: {error}";
                }
            }
        }

        foreach (var missing in parameters.Where(p => p["in"]?.ToString() == "query" && p["required"] is JsonValue r && r.GetValue<bool>() && !interaction.Query.ContainsKey(p["name"]!.ToString())))
        {
            yield return $"{where}: required query parameter '{missing["name"]}' is not sent";
        }

        foreach (var (name, _) in interaction.RequestHeaders)
        {
            if (!TransportHeaders.Contains(name) && Declared("header", name) is null)
            {
                yield return $"{where}: request header '{name}' is not declared by the spec";
            }
        }
    }

    private JsonNode? ParameterValue(string value, JsonNode? schema)
    {
        var type = _views.Of(schema).Type;
        return type switch
        {
            "boolean" when bool.TryParse(value, out var b) => JsonValue.Create(b),
            "integer" or "number" when JsonNumber().IsMatch(value) => JsonNode.Parse(LeadingZeros().Replace(value, "$1")),
            _ => JsonValue.Create(value),
        };
    }

    /// <summary>A number as a header or query value writes it (leading zeros allowed: "010" is 10).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex JsonNumber();

    [System.Text.RegularExpressions.GeneratedRegex("^(-?)0+(?=[0-9])")]
    private static partial System.Text.RegularExpressions.Regex LeadingZeros();

    private IEnumerable<string> CheckResponse(PactInteraction interaction, JsonObject operation, string where)
    {
        var responses = operation["responses"] as JsonObject ?? [];
        var status = interaction.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = responses.ContainsKey(status) ? status : responses.ContainsKey(status[0] + "XX") ? status[0] + "XX" : responses.ContainsKey("default") ? "default" : null;
        if (key is null)
        {
            yield return $"{where}: response status {status} is not declared (declared: {string.Join(", ", responses.Select(r => r.Key))})";
            yield break;
        }

        var response = _views.Resolve(responses[key]);
        var content = response?["content"] as JsonObject ?? [];
        var offered = success(status) ? content.Select(c => c.Key).ToList() : [];

        foreach (var accept in Values(interaction.RequestHeaders, "Accept").SelectMany(v => v.Split(',')))
        {
            var mediaType = MediaType(accept);
            if (success(status) && mediaType is not "*/*" && !offered.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            {
                yield return $"{where}: Accept '{mediaType}' is not a media type the spec offers for {status} ({string.Join(", ", offered)})";
            }
        }

        var contentType = Values(interaction.ResponseHeaders, "Content-Type").FirstOrDefault() ?? interaction.ResponseContentType;
        if (interaction.ResponseBody is null)
        {
            yield break;
        }

        if (contentType is null)
        {
            yield return $"{where}: response {status} has a body but no Content-Type";
            yield break;
        }

        var type = MediaType(contentType);
        var media = content.FirstOrDefault(c => string.Equals(c.Key, type, StringComparison.OrdinalIgnoreCase));
        if (media.Value is null)
        {
            yield return $"{where}: response {status} Content-Type '{type}' is not offered by the spec ({string.Join(", ", content.Select(c => c.Key))})";
            yield break;
        }

        var body = interaction.ResponseBody;
        var root = "$";
        if (Enveloped(interaction))
        {
            // Atlas's envelope=true wraps any answer in {"status": <http status>, "content": <body>}; the spec
            // describes the content only.
            if (body is not JsonObject envelope || envelope["status"] is not JsonValue s || !s.TryGetValue<int>(out _) || !envelope.ContainsKey("content"))
            {
                yield return $"{where}: response {status} to envelope=true is not an envelope {{\"status\": …, \"content\": …}}";
                yield break;
            }

            (body, root) = (envelope["content"], "$.content");
        }

        foreach (var error in _validator.Validate(body, media.Value["schema"], root))
        {
            yield return $"{where}: response {status} body {error}";
        }

        static bool success(string s) => s[0] == '2';
    }

    private static bool Enveloped(PactInteraction interaction) =>
        interaction.Query.TryGetValue("envelope", out var values) && values.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Values(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name) =>
        headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value);

    /// <summary>"application/vnd.atlas.2023-01-01+json; charset=utf-8" → "application/vnd.atlas.2023-01-01+json".</summary>
    internal static string MediaType(string header)
    {
        var semi = header.IndexOf(';');
        return (semi < 0 ? header : header[..semi]).Trim().ToLowerInvariant();
    }
}
