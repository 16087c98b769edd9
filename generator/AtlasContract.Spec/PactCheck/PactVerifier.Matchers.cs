using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// The matching rules, by direction: a request matcher must admit only values the spec allows (the consumer may send
/// any of them); a response matcher or bare example must not refuse a value the spec allows (the provider may send it).
/// </summary>
public sealed partial class PactVerifier
{
    private IEnumerable<Found> CheckRequestMatchers(PactInteraction interaction, Operation op)
    {
        var checkValues = !ExpectsRefusal(interaction);
        var rules = RulesOf(interaction.RequestRules);
        foreach (var rule in rules.Where(r => r.Category != "body"))
        {
            string? problem;
            switch (rule.Category)
            {
                case "path":
                    problem = _matchers.Named(rule, interaction.Path, path => _paths.Match(path) is { } m && m.Template == op.Template
                        ? checkValues ? m.Parameters.Select(p => ParameterError(op.Parameters, "path", p.Key, p.Value)).FirstOrDefault(e => e is not null) : null
                        : $"it is not a {op.Template} path", op.Where);
                    break;
                case "query":
                    problem = Declared(op.Parameters, "query", rule.Name) is null || !checkValues ? null
                        : _matchers.Named(rule, Values(interaction.Query, rule.Name).FirstOrDefault(), value => ParameterError(op.Parameters, "query", rule.Name, value), op.Where);
                    break;
                case "header" when string.Equals(rule.Name, "Accept", StringComparison.OrdinalIgnoreCase):
                    var offered = Offered(interaction, op);
                    problem = offered is not { Count: > 0 } ? null : _matchers.Named(rule, Values(interaction.RequestHeaders, rule.Name).FirstOrDefault(), accept =>
                        accept.Split(',').FirstOrDefault(m => MediaTypes.Find(m, offered) is null) is { } other
                            ? $"'{MediaType(other)}' is not a media type the spec offers for {interaction.Status}" : null, op.Where + interaction.Status.ToString(CultureInfo.InvariantCulture));
                    break;
                case "header":
                    problem = Declared(op.Parameters, "header", rule.Name) is null || !checkValues ? null
                        : _matchers.Named(rule, Values(interaction.RequestHeaders, rule.Name).FirstOrDefault(), value => ParameterError(op.Parameters, "header", rule.Name, value), op.Where);
                    break;
                default:
                    problem = $"matching rules of category '{rule.Category}' are not checked against the spec";
                    break;
            }

            if (problem is not null)
            {
                var place = rule.Category == "path" ? "path" : $"{rule.Category} {rule.Name}";
                var code = problem.EndsWith("cannot be checked", StringComparison.Ordinal) || problem.StartsWith("matching rules of category", StringComparison.Ordinal) ? ProblemCodes.Unchecked : ProblemCodes.RequestMatcherIncompatible;
                yield return Found.Err(code, $"{op.Where}: request {place}: {problem}", RulePointer("/request", rule), op.Pointer + "/parameters");
            }
        }

        if (!rules.Any(r => r.Category == "body") || !checkValues || RequestSchema(interaction, op) is not { } schema)
        {
            yield break;
        }

        foreach (var problem in Memo((interaction.RequestBody, interaction.RequestRules, op.Where, schema.Pointer, false), () => _matchers.Body(rules, interaction.RequestBody, schema.Node, envelope: false)
            .Select(p => Found.Err(Code(p, ProblemCodes.RequestMatcherIncompatible), $"{op.Where}: request body {p}", "/request/matchingRules/body", schema.Pointer))))
        {
            yield return problem;
        }
    }

    private (JsonNode? Node, string Pointer)? RequestSchema(PactInteraction interaction, Operation op)
    {
        var content = _views.Resolve(op.Node["requestBody"])?["content"] as JsonObject ?? [];
        var sent = Values(interaction.RequestHeaders, "Content-Type").FirstOrDefault() ?? interaction.RequestContentType;
        var key = sent is null ? (content.Count == 1 ? content.First().Key : null) : MediaTypes.Find(sent, content.Select(c => c.Key));
        return key is null || !MediaTypes.IsJson(key) ? null : (content[key]?["schema"], JsonPointer.Append(op.Pointer + "/requestBody/content", key) + "/schema");
    }

    private IEnumerable<Found> CheckResponseMatchers(PactInteraction interaction, Operation op)
    {
        var rules = RulesOf(interaction.ResponseRules);
        if (ResponseOf(interaction, op.Node, out var key) is not { } response)
        {
            yield break;
        }

        var status = interaction.Status.ToString(CultureInfo.InvariantCulture);
        var at = JsonPointer.Append(op.Pointer + "/responses", key);
        var headers = response["headers"] as JsonObject ?? [];
        foreach (var rule in rules.Where(r => r.Category == "header" && !string.Equals(r.Name, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            var declared = headers.FirstOrDefault(h => string.Equals(h.Key, rule.Name, StringComparison.OrdinalIgnoreCase));
            if (declared.Value is null || _views.Resolve(declared.Value) is not { } header)
            {
                continue; // an undeclared header is reported by the header check
            }

            if (_matchers.BrittleHeader(rule, Values(interaction.ResponseHeaders, rule.Name).FirstOrDefault(), header["schema"], text => _reader.Header(header, text)) is { } problem)
            {
                yield return Found.Err(Code(problem, ProblemCodes.ResponseMatcherBrittle), $"{op.Where}: response {status} header {rule.Name}: {problem}", RulePointer("/response", rule), JsonPointer.Append(at + "/headers", declared.Key));
            }
        }

        foreach (var rule in rules.Where(r => r.Category is not ("header" or "body" or "status")))
        {
            yield return Found.Err(ProblemCodes.Unchecked, $"{op.Where}: response {status} {rule.Category} {rule.Name}: matching rules of category '{rule.Category}' are not checked against the spec", RulePointer("/response", rule), at);
        }

        var content = response["content"] as JsonObject ?? [];
        var contentType = Values(interaction.ResponseHeaders, "Content-Type").FirstOrDefault() ?? interaction.ResponseContentType;
        var mediaKey = contentType is null ? content.Select(c => c.Key).FirstOrDefault(MediaTypes.IsJson) : MediaTypes.Find(contentType, content.Select(c => c.Key));
        if (mediaKey is null || !interaction.HasResponseBody || !MediaTypes.IsJson(mediaKey))
        {
            // No body, or a media type the spec does not offer: reported by the body check already.
            yield break;
        }

        var schemaAt = JsonPointer.Append(at + "/content", mediaKey) + "/schema";
        var envelope = Enveloped(interaction);
        foreach (var problem in Memo((interaction.ResponseBody, interaction.ResponseRules, op.Where + status, schemaAt, envelope), () => _matchers.Brittle(rules, interaction.ResponseBody, content[mediaKey]?["schema"], envelope)
            .Select(p => Found.Err(Code(p, ProblemCodes.ResponseMatcherBrittle), $"{op.Where}: response {status} body {p}", "/response/matchingRules/body", schemaAt))))
        {
            yield return problem;
        }
    }

    private static string Code(string problem, string otherwise) =>
        problem.EndsWith("cannot be checked", StringComparison.Ordinal) || problem.Contains("cannot be checked against the spec", StringComparison.Ordinal) ? ProblemCodes.Unchecked : otherwise;

    private static string RulePointer(string side, MatchingRule rule) =>
        rule.Category == "path" ? side + "/matchingRules/path" : JsonPointer.Append(JsonPointer.Append(side + "/matchingRules", rule.Category), rule.Name);

    private string? ParameterError(List<JsonObject> parameters, string location, string name, string value) =>
        Declared(parameters, location, name) is { } p ? _validator.Validate(_reader.Read(p, [value]), p["schema"], "value").FirstOrDefault()?["value: ".Length..] : null;
}
