using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>The request side: path parameters, query, headers, security, Accept and the request body.</summary>
public sealed partial class PactVerifier
{
    /// <summary>Headers HTTP defines for every request (RFC 9110/9111 and CORS): never "undeclared".</summary>
    private static readonly HashSet<string> StandardRequestHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "accept-charset", "accept-encoding", "accept-language", "authorization", "cache-control", "connection",
        "content-encoding", "content-language", "content-length", "content-type", "cookie", "date", "expect", "forwarded",
        "from", "host", "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "max-forwards",
        "origin", "pragma", "proxy-authorization", "range", "referer", "te", "trailer", "transfer-encoding", "upgrade",
        "user-agent", "via", "traceparent", "tracestate", "keep-alive",
    };

    private IEnumerable<Found> CheckRequest(PactInteraction interaction, Dictionary<string, string> pathValues, Operation op)
    {
        var checkValues = !ExpectsRefusal(interaction);
        var security = new Security(_spec, _views, op.Node);
        foreach (var (name, value) in pathValues)
        {
            if (checkValues && Declared(op.Parameters, "path", name) is { } p)
            {
                foreach (var error in _validator.Validate(_reader.Read(p, [value]), p["schema"], $"path parameter {name}"))
                {
                    yield return Found.Err(ProblemCodes.PathIncompatible, $"{op.Where}: {error}", "/request/path", op.Pointer + "/parameters");
                }
            }
        }

        foreach (var problem in CheckQuery(interaction, op, security, checkValues))
        {
            yield return problem;
        }

        foreach (var problem in CheckHeaders(interaction, op, security, checkValues))
        {
            yield return problem;
        }

        if (checkValues && security.Unmet(interaction) is { } unmet)
        {
            yield return Found.Err(ProblemCodes.AuthorizationMissing, $"{op.Where}: the request meets none of the operation's security requirements ({unmet})", "/request/headers", security.Pointer(op.Pointer));
        }

        foreach (var problem in CheckRequestBody(interaction, op, checkValues))
        {
            yield return problem;
        }
    }

    private IEnumerable<Found> CheckQuery(PactInteraction interaction, Operation op, Security security, bool checkValues)
    {
        // Object parameters sent as several keys: deepObject (filter[name]=x) and exploded form (name=x per property).
        var objects = new Dictionary<JsonObject, List<(string, IReadOnlyList<string>)>>(ReferenceEqualityComparer.Instance);
        foreach (var (name, values) in interaction.Query)
        {
            var at = JsonPointer.Append("/request/query", name);
            if (Declared(op.Parameters, "query", name) is { } p && !IsExplodedFormObject(p))
            {
                if (!checkValues)
                {
                    continue;
                }

                foreach (var error in _validator.Validate(_reader.Read(p, values), p["schema"], $"query parameter {name}"))
                {
                    yield return Found.Err(ProblemCodes.QueryIncompatible, $"{op.Where}: {error}", at, op.Pointer + "/parameters");
                }

                continue;
            }

            if (ObjectMember(op.Parameters, name) is { } member)
            {
                if (!objects.TryGetValue(member.Parameter, out var keys))
                {
                    objects[member.Parameter] = keys = [];
                }

                keys.Add((member.Property, values));
                continue;
            }

            if (!security.IsCredential("query", name))
            {
                yield return Found.Err(ProblemCodes.QueryUnknown, $"{op.Where}: query parameter '{name}' is not declared by the spec", at, op.Pointer + "/parameters");
            }
        }

        foreach (var (parameter, keys) in checkValues ? objects : [])
        {
            var name = parameter["name"]!.ToString();
            foreach (var error in _validator.Validate(_reader.Object(parameter["schema"], keys), parameter["schema"], $"query parameter {name}"))
            {
                yield return Found.Err(ProblemCodes.QueryIncompatible, $"{op.Where}: {error}", "/request/query", op.Pointer + "/parameters");
            }
        }

        foreach (var missing in checkValues ? op.Parameters.Where(p => p["in"]?.ToString() == "query" && JsonFlags.IsTrue(p["required"])) : [])
        {
            var name = missing["name"]!.ToString();
            if (!interaction.Query.ContainsKey(name) && !objects.ContainsKey(missing))
            {
                yield return Found.Err(ProblemCodes.QueryMissing, $"{op.Where}: required query parameter '{name}' is not sent", "/request/query", op.Pointer + "/parameters");
            }
        }
    }

    private bool IsExplodedFormObject(JsonObject parameter) =>
        ParameterReader.Style(parameter) == "form" && ParameterReader.Explode(parameter) && _views.Of(parameter["schema"]).Type == "object";

    /// <summary>The object parameter a query key belongs to: <c>filter[name]</c> of a deepObject, a property of an exploded form object.</summary>
    private (JsonObject Parameter, string Property)? ObjectMember(List<JsonObject> parameters, string key)
    {
        foreach (var p in parameters.Where(p => p["in"]?.ToString() == "query"))
        {
            var name = p["name"]!.ToString();
            if (ParameterReader.Style(p) == "deepObject" && key.Length > name.Length + 2 && key.StartsWith(name + "[", StringComparison.Ordinal) && key.EndsWith(']'))
            {
                return (p, key[(name.Length + 1)..^1]);
            }

            if (IsExplodedFormObject(p) && _views.Of(p["schema"]) is var view && (view.Properties.ContainsKey(key) || view.AdditionalProperties is not null))
            {
                return (p, key);
            }
        }

        return null;
    }

    private IEnumerable<Found> CheckHeaders(PactInteraction interaction, Operation op, Security security, bool checkValues)
    {
        foreach (var (name, values) in interaction.RequestHeaders)
        {
            var at = JsonPointer.Append("/request/headers", name);
            if (name.Equals("accept", StringComparison.OrdinalIgnoreCase) || name.Equals("content-type", StringComparison.OrdinalIgnoreCase)
                || name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                continue; // OpenAPI ignores header parameters of these names: Accept, Content-Type and security say it.
            }

            if (Declared(op.Parameters, "header", name) is { } p)
            {
                foreach (var error in checkValues ? _validator.Validate(_reader.Read(p, [string.Join(",", values)]), p["schema"], $"header {name}") : [])
                {
                    yield return Found.Err(ProblemCodes.HeaderIncompatible, $"{op.Where}: request {error}", at, op.Pointer + "/parameters");
                }
            }
            else if (!StandardRequestHeaders.Contains(name) && !security.IsCredential("header", name))
            {
                yield return Found.Err(ProblemCodes.HeaderUnknown, $"{op.Where}: request header '{name}' is not declared by the spec", at, op.Pointer + "/parameters");
            }
        }

        foreach (var missing in checkValues ? op.Parameters.Where(p => p["in"]?.ToString() == "header" && JsonFlags.IsTrue(p["required"])) : [])
        {
            var name = missing["name"]!.ToString();
            if (!Values(interaction.RequestHeaders, name).Any() && name.ToLowerInvariant() is not ("accept" or "content-type" or "authorization"))
            {
                yield return Found.Err(ProblemCodes.HeaderMissing, $"{op.Where}: required request header '{name}' is not sent", "/request/headers", op.Pointer + "/parameters");
            }
        }

        if (Offered(interaction, op) is { Count: > 0 } offered)
        {
            foreach (var accept in Values(interaction.RequestHeaders, "Accept").SelectMany(v => v.Split(',')))
            {
                if (MediaTypes.Find(accept, offered) is null)
                {
                    yield return Found.Err(ProblemCodes.AcceptIncompatible, $"{op.Where}: Accept '{MediaType(accept)}' is not a media type the spec offers for {interaction.Status} ({string.Join(", ", offered)})", "/request/headers/Accept", op.Pointer + "/responses");
                }
            }
        }
    }

    /// <summary>The media types a successful response offers (null for other statuses: an error answers in its own type).</summary>
    private List<string>? Offered(PactInteraction interaction, Operation op) =>
        interaction.Status / 100 != 2 || ResponseOf(interaction, op.Node, out _) is not { } response ? null
            : (response["content"] as JsonObject ?? []).Select(c => c.Key).ToList();

    private IEnumerable<Found> CheckRequestBody(PactInteraction interaction, Operation op, bool checkValues)
    {
        var requestBody = _views.Resolve(op.Node["requestBody"]);
        var content = requestBody?["content"] as JsonObject ?? [];
        var at = op.Pointer + "/requestBody";
        var sent = Values(interaction.RequestHeaders, "Content-Type").FirstOrDefault() ?? interaction.RequestContentType;
        if (!interaction.HasRequestBody)
        {
            if (checkValues && JsonFlags.IsTrue(requestBody?["required"]))
            {
                yield return Found.Err(ProblemCodes.RequestBodyMissing, $"{op.Where}: the operation requires a request body; none is sent", "/request", at);
            }

            yield break;
        }

        if (requestBody is null || content.Count == 0)
        {
            if (checkValues)
            {
                yield return Found.Err(ProblemCodes.RequestBodyUnknown, $"{op.Where}: a request body is sent; the operation declares none", "/request/body", op.Pointer);
            }

            yield break;
        }

        string? key;
        if (sent is null)
        {
            key = content.Count == 1 ? content.First().Key : null;
            if (key is null)
            {
                yield return Found.Warn(ProblemCodes.RequestContentTypeMissing, $"{op.Where}: the request body has no Content-Type and the operation accepts several ({string.Join(", ", content.Select(c => c.Key))}): not validated", "/request/headers", at + "/content");
                yield break;
            }
        }
        else if ((key = MediaTypes.Find(sent, content.Select(c => c.Key))) is null)
        {
            if (checkValues)
            {
                yield return Found.Err(ProblemCodes.RequestContentTypeIncompatible, $"{op.Where}: request Content-Type '{MediaType(sent)}' is not one the operation accepts ({string.Join(", ", content.Select(c => c.Key))})", "/request/headers/Content-Type", at + "/content");
            }

            yield break;
        }

        if (!checkValues)
        {
            yield break;
        }

        var schemaAt = JsonPointer.Append(at + "/content", key) + "/schema";
        var label = op.Where + ": request body";
        foreach (var problem in Memo((interaction.RequestBody, null, label, schemaAt, false), () => Body(interaction.RequestBody, key, content[key]?["schema"], response: false, "$", label, "/request/body", schemaAt)))
        {
            yield return problem;
        }
    }

    /// <summary>A body against the schema of its media type; a WARN when the media type is not one this check reads.</summary>
    private IEnumerable<Found> Body(JsonNode? body, string mediaType, JsonNode? schema, bool response, string root, string label, string pactAt, string specAt)
    {
        var (incompatible, unvalidatable) = response
            ? (ProblemCodes.ResponseBodyIncompatible, ProblemCodes.ResponseBodyUnvalidatable)
            : (ProblemCodes.RequestBodyIncompatible, ProblemCodes.RequestBodyUnvalidatable);
        if (schema is null && MediaTypes.IsJson(mediaType))
        {
            yield break; // the spec allows any JSON
        }

        JsonNode? value;
        if (MediaTypes.IsJson(mediaType) || (MediaTypes.IsText(mediaType) && body is JsonValue))
        {
            value = body;
        }
        else if (MediaTypes.Essence(mediaType) == "application/x-www-form-urlencoded" && schema is not null && body is JsonValue form && form.TryGetValue<string>(out var text))
        {
            value = _reader.Object(schema, text.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2)).GroupBy(kv => Uri.UnescapeDataString(kv[0].Replace('+', ' ')))
                .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(kv => kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty).ToList())));
        }
        else
        {
            var why = schema is null ? "the spec gives it no schema" : "this check validates JSON, text and URL-encoded form bodies";
            yield return Found.Warn(unvalidatable, $"{label} in '{MediaTypes.Essence(mediaType)}' could not be validated ({why})", pactAt, specAt);
            yield break;
        }

        var warnings = new List<string>();
        foreach (var error in _validator.Validate(value, schema, root, response, warnings))
        {
            yield return Found.Err(incompatible, $"{label} {error}", Pointer(pactAt, ErrorPath(error)), specAt);
        }

        foreach (var warning in warnings)
        {
            yield return Found.Warn(ProblemCodes.SpecSchemaLenient, $"{label} {warning}", Pointer(pactAt, ErrorPath(warning)), specAt);
        }
    }
}
