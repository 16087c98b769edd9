using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AtlasContract.Spec.Loading;

/// <summary>
/// Checks, once at load, that the nodes the tools read have the type OpenAPI gives them (an operationId is a
/// string, a path item an object, <c>required</c> a boolean, a <c>$ref</c> a JSON pointer or another document,
/// …) and that the <c>openapi</c> version is one the reader supports. Everything after loading may then read
/// these nodes without a check: a mistyped node is one line naming the file and its JSON pointer, not a crash.
/// </summary>
internal sealed partial class OpenApiShape
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private static readonly string[] ParameterFlags = ["required", "deprecated", "allowEmptyValue", "explode", "allowReserved"];
    private static readonly string[] SchemaFlags = ["nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems"];
    private static readonly string[] Bounds = ["maximum", "minimum", "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties", "multipleOf"];
    private static readonly string[] SubSchemas = ["items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems"];
    private static readonly string[] SchemaLists = ["allOf", "oneOf", "anyOf", "prefixItems"];
    private static readonly string[] SchemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
    private readonly string _source;
    private readonly List<ExternalReference> _external = [];

    private OpenApiShape(string source) => _source = source;

    /// <summary>Whether a root looks like an OpenAPI document (configuration files share the loader, not the checks).</summary>
    public static bool Applies(JsonObject root) =>
        root.ContainsKey("openapi") || root.ContainsKey("swagger") || root.ContainsKey("paths") || root.ContainsKey("components") || root.ContainsKey("webhooks");

    /// <returns>The <c>$ref</c>s to other documents (files or URLs), which no command follows.</returns>
    public static IReadOnlyList<ExternalReference> Check(JsonObject root, string source)
    {
        var shape = new OpenApiShape(source);
        shape.Root(root);
        return shape._external;
    }

    private void Root(JsonObject root)
    {
        Version(root);
        Object(root["info"], Pointer.Root, "info", optional: true);
        if (Object(root["paths"], Pointer.Root, "paths", optional: true) is { } paths)
        {
            foreach (var (path, item) in Entries(paths))
            {
                PathItem(item, Pointer.Root.Then("paths").Then(path));
            }
        }

        if (Object(root["webhooks"], Pointer.Root, "webhooks", optional: true) is { } hooks)
        {
            foreach (var (name, item) in Entries(hooks))
            {
                PathItem(item, Pointer.Root.Then("webhooks").Then(name));
            }
        }

        Components(root["components"]);
        Security(root["security"], Pointer.Root.Then("security"));
        Array(root["servers"], Pointer.Root, "servers", optional: true);
        Array(root["tags"], Pointer.Root, "tags", optional: true);
    }

    private void Version(JsonObject root)
    {
        if (root.TryGetPropertyValue("openapi", out var version))
        {
            if (version is not JsonValue v || !v.TryGetValue<string>(out var text))
            {
                throw Fail("#/openapi", $"the version must be a string such as '3.0.3', found {Describe(version)}");
            }

            if (!SupportedVersion().IsMatch(text))
            {
                throw Fail("#/openapi", $"OpenAPI version '{text}' is not supported (3.0.x, 3.1.x and 3.2.x are)");
            }
        }
        else if (root.ContainsKey("swagger"))
        {
            throw Fail("#/swagger", "Swagger 2.0 documents are not supported: convert the document to OpenAPI 3");
        }
    }

    private void Components(JsonNode? node)
    {
        if (Object(node, Pointer.Root, "components", optional: true) is not { } components)
        {
            return;
        }

        foreach (var (kind, map) in Entries(components))
        {
            var at = Pointer.Root.Then("components").Then(kind);
            foreach (var (name, item) in Entries(Object(map, at, optional: false)!))
            {
                var where = at.Then(name);
                switch (kind)
                {
                    case "schemas": Schema(item, where, 0); break;
                    case "responses": Response(item, where); break;
                    case "parameters": Parameter(item, where); break;
                    case "requestBodies": RequestBody(item, where); break;
                    case "headers": Header(item, where); break;
                    case "securitySchemes": SecurityScheme(item, where); break;
                    case "pathItems": PathItem(item, where); break;
                    default: Object(item, where, optional: false); break;
                }
            }
        }
    }

    private void PathItem(JsonNode? node, Pointer at)
    {
        var item = Object(node, at, optional: false)!;
        if (Ref(item, at))
        {
            return;
        }

        Parameters(item["parameters"], at.Then("parameters"));
        foreach (var method in Methods)
        {
            if (item.ContainsKey(method))
            {
                Operation(item[method], at.Then(method));
            }
        }
    }

    private void Operation(JsonNode? node, Pointer at)
    {
        var op = Object(node, at, optional: false)!;
        String(op["operationId"], at, "operationId");
        Boolean(op["deprecated"], at, "deprecated");
        Array(op["tags"], at, "tags", optional: true);
        Parameters(op["parameters"], at.Then("parameters"));
        if (op.ContainsKey("requestBody"))
        {
            RequestBody(op["requestBody"], at.Then("requestBody"));
        }

        if (Object(op["responses"], at, "responses", optional: true) is { } responses)
        {
            foreach (var (status, response) in Entries(responses))
            {
                Response(response, at.Then("responses").Then(status));
            }
        }

        Security(op["security"], at.Then("security"));
        if (Object(op["callbacks"], at, "callbacks", optional: true) is { } callbacks)
        {
            foreach (var (name, callback) in Entries(callbacks))
            {
                var where = at.Then("callbacks").Then(name);
                var map = Object(callback, where, optional: false)!;
                if (!Ref(map, where))
                {
                    foreach (var (expression, item) in Entries(map))
                    {
                        PathItem(item, where.Then(expression));
                    }
                }
            }
        }
    }

    private void Parameters(JsonNode? node, Pointer at)
    {
        if (Array(node, at, optional: true) is { } list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Parameter(list[i], at.Then(i));
            }
        }
    }

    private void Parameter(JsonNode? node, Pointer at)
    {
        var parameter = Object(node, at, optional: false)!;
        if (Ref(parameter, at))
        {
            return;
        }

        String(parameter["name"], at, "name");
        String(parameter["in"], at, "in");
        String(parameter["style"], at, "style");
        foreach (var flag in ParameterFlags)
        {
            Boolean(parameter[flag], at, flag);
        }

        SchemaField(parameter, at);
        Content(parameter["content"], at.Then("content"));
    }

    private void RequestBody(JsonNode? node, Pointer at)
    {
        var body = Object(node, at, optional: false)!;
        if (!Ref(body, at))
        {
            Boolean(body["required"], at, "required");
            Content(body["content"], at.Then("content"));
        }
    }

    private void Response(JsonNode? node, Pointer at)
    {
        var response = Object(node, at, optional: false)!;
        if (Ref(response, at))
        {
            return;
        }

        if (Object(response["headers"], at, "headers", optional: true) is { } headers)
        {
            foreach (var (name, header) in Entries(headers))
            {
                Header(header, at.Then("headers").Then(name));
            }
        }

        Content(response["content"], at.Then("content"));
        Object(response["links"], at, "links", optional: true);
    }

    private void Header(JsonNode? node, Pointer at)
    {
        var header = Object(node, at, optional: false)!;
        if (!Ref(header, at))
        {
            Boolean(header["required"], at, "required");
            Boolean(header["deprecated"], at, "deprecated");
            SchemaField(header, at);
            Content(header["content"], at.Then("content"));
        }
    }

    private void Content(JsonNode? node, Pointer at)
    {
        if (Object(node, at, optional: true) is not { } content)
        {
            return;
        }

        foreach (var (type, media) in Entries(content))
        {
            var where = at.Then(type);
            var m = Object(media, where, optional: false)!;
            SchemaField(m, where);
            if (Object(m["encoding"], where, "encoding", optional: true) is { } encodings)
            {
                foreach (var (name, encoding) in Entries(encodings))
                {
                    var encodingAt = where.Then("encoding").Then(name);
                    var e = Object(encoding, encodingAt, optional: false)!;
                    if (Object(e["headers"], encodingAt, "headers", optional: true) is { } headers)
                    {
                        foreach (var (header, value) in Entries(headers))
                        {
                            Header(value, encodingAt.Then("headers").Then(header));
                        }
                    }
                }
            }
        }
    }

    private void SecurityScheme(JsonNode? node, Pointer at)
    {
        var scheme = Object(node, at, optional: false)!;
        if (Ref(scheme, at))
        {
            return;
        }

        String(scheme["type"], at, "type");
        if (Object(scheme["flows"], at, "flows", optional: true) is { } flows)
        {
            foreach (var (name, flow) in Entries(flows))
            {
                var where = at.Then("flows").Then(name);
                var f = Object(flow, where, optional: false)!;
                String(f["tokenUrl"], where, "tokenUrl");
                String(f["authorizationUrl"], where, "authorizationUrl");
                Object(f["scopes"], where, "scopes", optional: true);
            }
        }
    }

    private void Security(JsonNode? node, Pointer at)
    {
        if (Array(node, at, optional: true) is not { } requirements)
        {
            return;
        }

        for (var i = 0; i < requirements.Count; i++)
        {
            foreach (var (name, scopes) in Object(requirements[i], at.Then(i), optional: false)!)
            {
                Array(scopes, at.Then(i).Then(name), optional: false);
            }
        }
    }

    private void SchemaField(JsonObject owner, Pointer at)
    {
        if (owner.ContainsKey("schema"))
        {
            Schema(owner["schema"], at.Then("schema"), 0);
        }
    }

    private void Schema(JsonNode? node, Pointer at, int depth)
    {
        if (node is JsonValue b && b.TryGetValue<bool>(out _))
        {
            return; // OpenAPI 3.1: true / false are schemas
        }

        var schema = Object(node, at, optional: false)!;
        if (depth > 200)
        {
            return; // the loader's nesting limit bounds real documents far below this
        }

        Ref(schema, at);
        if (schema["type"] is JsonArray types)
        {
            for (var i = 0; i < types.Count; i++)
            {
                if (!IsString(types[i]))
                {
                    String(types[i], at.Then("type").Then(i), optional: false);
                }
            }
        }
        else
        {
            String(schema["type"], at, "type");
        }

        String(schema["format"], at, "format");
        String(schema["pattern"], at, "pattern");
        foreach (var flag in SchemaFlags)
        {
            Boolean(schema[flag], at, flag);
        }

        foreach (var bound in Bounds)
        {
            if (schema[bound] is { } limit && !JsonNumbers.TryGetDecimal(limit, out _) && !(limit is JsonValue lb && lb.TryGetValue<bool>(out _)))
            {
                throw Fail(at.Then(bound).ToString(), $"expected a number, found {Describe(limit)}");
            }
        }

        Array(schema["enum"], at, "enum", optional: true);
        if (Array(schema["required"], at, "required", optional: true) is { } required)
        {
            for (var i = 0; i < required.Count; i++)
            {
                if (!IsString(required[i]))
                {
                    String(required[i], at.Then("required").Then(i), optional: false);
                }
            }
        }

        foreach (var key in SubSchemas)
        {
            if (schema.ContainsKey(key))
            {
                Schema(schema[key], at.Then(key), depth + 1);
            }
        }

        foreach (var key in SchemaLists)
        {
            if (Array(schema[key], at, key, optional: true) is { } list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Schema(list[i], at.Then(key).Then(i), depth + 1);
                }
            }
        }

        foreach (var key in SchemaMaps)
        {
            if (Object(schema[key], at, key, optional: true) is { } map)
            {
                foreach (var (name, property) in map)
                {
                    Schema(property, at.Then(key).Then(name), depth + 1);
                }
            }
        }

        if (Object(schema["discriminator"], at, "discriminator", optional: true) is { } discriminator)
        {
            String(discriminator["propertyName"], at, "discriminator/propertyName");
            if (Object(discriminator["mapping"], at, "discriminator/mapping", optional: true) is { } mapping)
            {
                foreach (var (name, target) in mapping)
                {
                    String(target, at.Then("discriminator").Then("mapping").Then(name), optional: false);
                }
            }
        }
    }

    /// <returns>Whether the object is a reference (other fields beside it are then ignored).</returns>
    private bool Ref(JsonObject node, Pointer at)
    {
        if (!node.TryGetPropertyValue("$ref", out var value))
        {
            return false;
        }

        if (value is not JsonValue v || !v.TryGetValue<string>(out var reference))
        {
            throw Fail(at.Then("$ref").ToString(), $"expected a string, found {Describe(value)}");
        }

        if (!JsonPointer.IsLocal(reference))
        {
            _external.Add(new ExternalReference(at.Then("$ref").ToString(), reference));
        }
        else if (reference.Length > 1 && reference[1] != '/')
        {
            throw Fail(at.Then("$ref").ToString(), $"'{reference}' is not a JSON pointer (a local $ref is '#/...', e.g. '#/components/schemas/Name')");
        }

        return true;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(JsonObject map) =>
        map.Where(p => !p.Key.StartsWith("x-", StringComparison.Ordinal));

    private JsonObject? Object(JsonNode? node, Pointer at, bool optional) => Object(node, at, null, optional);

    // field: the member under at; its pointer is built only for an error message (most nodes pass).
    private JsonObject? Object(JsonNode? node, Pointer at, string? field, bool optional) => node switch
    {
        JsonObject o => o,
        null when optional => null,
        _ => throw Fail(Under(at, field), $"expected an object, found {Describe(node)}"),
    };

    private JsonArray? Array(JsonNode? node, Pointer at, bool optional) => Array(node, at, null, optional);

    private JsonArray? Array(JsonNode? node, Pointer at, string? field, bool optional) => node switch
    {
        JsonArray a => a,
        null when optional => null,
        _ => throw Fail(Under(at, field), $"expected an array, found {Describe(node)}"),
    };

    private void String(JsonNode? node, Pointer at, string? field = null, bool optional = true)
    {
        if (!(node is null && optional) && !IsString(node))
        {
            throw Fail(Under(at, field), $"expected a string, found {Describe(node)}");
        }
    }

    private void Boolean(JsonNode? node, Pointer at, string? field = null)
    {
        if (node is not null && !(node is JsonValue v && v.TryGetValue<bool>(out _)))
        {
            throw Fail(Under(at, field), $"expected true or false, found {Describe(node)}");
        }
    }

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out _);

    private static string Under(Pointer at, string? field) => field is null ? at.ToString() : at + "/" + field;

    private SpecLoadException Fail(string pointer, string problem) => new(_source, $"{pointer}: {problem}");

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v when v.TryGetValue<string>(out var s) => $"the string '{(s.Length > 40 ? s[..40] + "…" : s)}'",
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => $"the number {node.ToJsonString()}",
    };

    /// <summary>A node's JSON pointer, turned into text only for an error message (most nodes pass).</summary>
    private sealed class Pointer
    {
        public static readonly Pointer Root = new(null, "#", -1);

        private readonly Pointer? _parent;
        private readonly string? _name;
        private readonly int _index;

        private Pointer(Pointer? parent, string? name, int index)
        {
            _parent = parent;
            _name = name;
            _index = index;
        }

        public Pointer Then(string name) => new(this, name, -1);

        public Pointer Then(int index) => new(this, null, index);

        public override string ToString() => _parent is null
            ? _name!
            : _name is null ? $"{_parent}/{_index}" : JsonPointer.Append(_parent.ToString(), _name);
    }

    [GeneratedRegex(@"^3\.[012]\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SupportedVersion();
}
