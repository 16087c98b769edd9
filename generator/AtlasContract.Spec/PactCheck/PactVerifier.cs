using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Checks that every interaction of a pact is one an OpenAPI document allows, part by part: method and path
/// (typed, styled path parameters), query (styles, explode, deepObject, arrays, types, required), request headers
/// (required, typed; credentials recognised through the security schemes; standard headers are not undeclared),
/// security (one requirement alternative met), Accept, the request body (Content-Type against
/// <c>requestBody.content</c>, schema), the status (explicit, <c>4XX</c>, <c>default</c>), response headers,
/// Content-Type and body. Media types keep their vendor version (<c>application/vnd.atlas.2024-11-13+json</c> is
/// not <c>…2023-01-01+json</c>). An interaction the consumer expects to fail (4xx) must still reach the operation
/// (path, method, declared names); its values, required parameters, credentials and body may be wrong on purpose.
/// Matchers are judged by direction (<see cref="MatcherCheck"/>): a request matcher must admit only what the spec
/// allows; a response matcher (or bare example) must not refuse what the spec allows. Bodies this check cannot
/// validate are a WARN, never a silent pass. Each problem has a stable code (<see cref="ProblemCodes"/>).
/// </summary>
public sealed partial class PactVerifier
{
    private readonly SpecDocument _spec;
    private readonly PathMatcher _paths;
    private readonly SchemaView.Factory _views;
    private readonly SchemaValidator _validator;
    private readonly MatcherCheck _matchers;
    private readonly ParameterReader _reader;
    private readonly Dictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonObject, List<MatchingRule>> _rules = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Results of the body checks (schema and matchers) per body, rules and schema: pacts repeat bodies, and
    /// <see cref="PactFile"/> shares each distinct body and rule set, so each distinct combination is checked once.
    /// </summary>
    private readonly Dictionary<(JsonNode? Body, JsonObject? Rules, string Label, string Schema, bool Envelope), List<Found>> _bodies = [];

    public PactVerifier(SpecDocument spec)
    {
        _spec = spec;
        _paths = new PathMatcher(spec);
        _views = new SchemaView.Factory(spec);
        _validator = new SchemaValidator(_views);
        _matchers = new MatcherCheck(_views, _validator);
        _reader = new ParameterReader(_views);
    }

    public IReadOnlyList<PactProblem> Verify(IEnumerable<PactInteraction> interactions) =>
        interactions.SelectMany((interaction, n) =>
        {
            var index = interaction.Index >= 0 ? interaction.Index : n;
            return Check(interaction).Select(f => new PactProblem(interaction.Description, f.Message)
            {
                Code = f.Code,
                Level = f.Level,
                Index = index,
                PactPointer = $"/interactions/{index.ToString(CultureInfo.InvariantCulture)}{f.PactPointer}",
                SpecLocation = f.SpecLocation,
            });
        }).ToList();

    /// <summary>The problems of one interaction, as messages.</summary>
    public IEnumerable<string> Verify(PactInteraction interaction) => Check(interaction).Select(f => f.Message);

    /// <summary>What the interaction asks of the operation it reaches, and where in the spec that operation is.</summary>
    private sealed record Operation(string Template, string Method, JsonObject Node, List<JsonObject> Parameters, string Where, string Pointer);

    internal IEnumerable<Found> Check(PactInteraction interaction)
    {
        var match = _paths.MatchWithSyntax(interaction.Path);
        if (match is not { } found)
        {
            yield return Found.Err(ProblemCodes.PathOrMethodUnknown, $"{interaction.Method} {interaction.Path}: no path of the spec matches", "/request/path", "#/paths");
            yield break;
        }

        var method = interaction.Method.ToLowerInvariant();
        var pathPointer = JsonPointer.Append("#/paths", found.Template);
        if (_spec.Paths[found.Template]?[method] is not JsonObject node)
        {
            yield return Found.Err(ProblemCodes.PathOrMethodUnknown, $"{interaction.Method} {found.Template}: the spec has no {interaction.Method} on this path", "/request/method", pathPointer);
            yield break;
        }

        var operation = OperationOf(found.Template, method, node);
        if (found.Irregular is { } irregular)
        {
            yield return Found.Warn(ProblemCodes.SpecPathTemplate, $"{operation.Where}: the spec's path template uses {irregular}, which is not OpenAPI template syntax ({{name}}); matched by its name", "/request/path", pathPointer);
        }

        foreach (var problem in CheckRequest(interaction, found.Parameters, operation)
            .Concat(CheckResponse(interaction, operation))
            .Concat(CheckRequestMatchers(interaction, operation))
            .Concat(CheckResponseMatchers(interaction, operation)))
        {
            yield return problem;
        }
    }

    private Operation OperationOf(string template, string method, JsonObject node)
    {
        var key = method + " " + template;
        if (!_operations.TryGetValue(key, out var operation))
        {
            var pointer = JsonPointer.Append(JsonPointer.Append("#/paths", template), method);
            operation = new Operation(template, method, node, Parameters(template, node, pointer), $"{method.ToUpperInvariant()} {template}", pointer);
            _operations[key] = operation;
        }

        return operation;
    }

    /// <summary>Path-level parameters, each replaced by the operation's parameter of the same name and location.</summary>
    private List<JsonObject> Parameters(string template, JsonObject operation, string pointer)
    {
        var byKey = new Dictionary<(string In, string Name), JsonObject>();
        var order = new List<(string, string)>();
        foreach (var (source, at) in new[] { (_spec.Paths[template]?["parameters"], JsonPointer.Append("#/paths", template)), (operation["parameters"], pointer) })
        {
            var list = source as JsonArray ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                if (_views.Resolve(list[i]) is not { } parameter)
                {
                    continue;
                }

                var name = parameter["name"] is JsonValue n && n.TryGetValue<string>(out var text) ? text
                    : throw new SpecLoadException(_spec.Source, $"{at}/parameters/{i}: a parameter has no 'name'");
                var location = parameter["in"] is JsonValue l && l.TryGetValue<string>(out var where) ? where
                    : throw new SpecLoadException(_spec.Source, $"{at}/parameters/{i}: parameter '{name}' has no 'in'");
                var key = (location, location == "header" ? name.ToLowerInvariant() : name);
                if (!byKey.ContainsKey(key))
                {
                    order.Add(key);
                }

                byKey[key] = parameter;
            }
        }

        return order.Select(k => byKey[k]).ToList();
    }

    private List<MatchingRule> RulesOf(JsonObject? rules)
    {
        if (rules is null)
        {
            return [];
        }

        if (!_rules.TryGetValue(rules, out var list))
        {
            _rules[rules] = list = MatchingRules.Read(rules);
        }

        return list;
    }

    private List<Found> Memo((JsonNode? Body, JsonObject? Rules, string Label, string Schema, bool Envelope) key, Func<IEnumerable<Found>> check)
    {
        if (!_bodies.TryGetValue(key, out var found))
        {
            _bodies[key] = found = check().ToList();
        }

        return found;
    }

    private static JsonObject? Declared(List<JsonObject> parameters, string location, string name) => parameters.FirstOrDefault(p =>
        p["in"]?.ToString() == location && string.Equals(p["name"]?.ToString(), name, location == "header" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    private JsonObject? ResponseOf(PactInteraction interaction, JsonObject operation, out string key)
    {
        var responses = operation["responses"] as JsonObject ?? [];
        var status = interaction.Status.ToString(CultureInfo.InvariantCulture);
        key = responses.ContainsKey(status) ? status
            : responses.FirstOrDefault(r => r.Key.Length == 3 && r.Key[0] == status[0] && r.Key.EndsWith("XX", StringComparison.OrdinalIgnoreCase)).Key
            ?? (responses.ContainsKey("default") ? "default" : string.Empty);
        return key.Length == 0 ? null : _views.Resolve(responses[key]);
    }

    /// <summary>An interaction the consumer expects the provider to refuse: its request may be wrong on purpose.</summary>
    private static bool ExpectsRefusal(PactInteraction interaction) => interaction.Status is >= 400 and < 500;

    private static bool Enveloped(PactInteraction interaction) =>
        interaction.Query.TryGetValue("envelope", out var values) && values.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Values(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name) =>
        headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value);

    /// <summary>"application/vnd.atlas.2023-01-01+json; charset=utf-8" → "application/vnd.atlas.2023-01-01+json".</summary>
    internal static string MediaType(string header) => MediaTypes.Essence(header);

    /// <summary>"$[0].orgName" → "/0/orgName": the JSON pointer of a validator path, under <paramref name="root"/>.</summary>
    internal static string Pointer(string root, string path)
    {
        var b = new System.Text.StringBuilder(root);
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                b.Append('/').Append(JsonPointer.Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0)
            {
                b.Append('/').Append(path[(i + 1)..close]);
                i = close + 1;
            }
            else
            {
                break;
            }
        }

        return b.ToString();
    }

    /// <summary>The "path" part of a validator error "path: why".</summary>
    private static string ErrorPath(string error)
    {
        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? "$" : error[..colon];
    }
}
