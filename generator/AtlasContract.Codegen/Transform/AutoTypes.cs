using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// Gives every schema a usable .NET type with no hand-written setting (README of generator/codegen):
/// <list type="bullet">
/// <item>a <c>oneOf</c>/<c>anyOf</c> of strings (Atlas writes <c>type: object</c> + a <c>oneOf</c> of string enums
/// for region names) is one string with the union of the values;</item>
/// <item>a <c>oneOf</c>/<c>anyOf</c> of objects with no usable discriminator is a class that holds the whole JSON
/// (properties it declares, every other field in <c>AdditionalProperties</c>) with an <c>As{Variant}()</c> accessor
/// and a <c>From</c> factory per variant (<see cref="CodegenPlan.Unions"/>); inline ones become named components;</item>
/// <item>a union of anything else (a string or an object) is any JSON (<c>object</c>, a Newtonsoft <c>JToken</c>);</item>
/// <item>a string enum is an extensible string type (<see cref="CodegenPlan.ExtensibleTypes"/>): known values as
/// static members, any other value kept.</item>
/// </list>
/// Inline schemas get the names NJsonSchema would give them: the owner's name plus the property's.
/// </summary>
internal sealed class AutoTypes(JsonObject spec, TransformSettings settings, CodegenPlan plan)
{
    private readonly JsonObject _schemas = SpecNodes.Schemas(spec);

    public static void Apply(JsonObject spec, TransformSettings settings, CodegenPlan plan)
    {
        if (settings.Unions == true || settings.ExtensibleEnums == true)
        {
            new AutoTypes(spec, settings, plan).Run();
        }
    }

    private void Run()
    {
        foreach (var name in _schemas.Select(p => p.Key).ToList())
        {
            if (_schemas[name] is JsonObject schema && schema["x-atlas-extensible-string"] is null)
            {
                Visit(schema, name, name);
            }
        }

        foreach (var (path, method, op) in SpecNodes.Operations(spec))
        {
            var owner = Names.Pascal(SpecNodes.String(op["operationId"]) ?? method + " " + path);
            foreach (var parameter in op["parameters"] as JsonArray ?? [])
            {
                VisitParameter(parameter as JsonObject, owner + Names.Pascal(SpecNodes.String(parameter?["name"]) ?? "Parameter"));
            }

            VisitContent(op["requestBody"]?["content"], owner + "Request");
            foreach (var (_, response) in op["responses"] as JsonObject ?? [])
            {
                VisitContent(response?["content"], owner + "Response");
            }
        }

        foreach (var (name, parameter) in spec["components"]?["parameters"] as JsonObject ?? [])
        {
            VisitParameter(parameter as JsonObject, Names.Pascal(SpecNodes.String(parameter?["name"]) ?? name));
        }

        foreach (var discriminator in plan.Discriminators.ToList())
        {
            var declared = SpecNodes.RefName(_schemas[discriminator.Base]?["properties"]?[discriminator.JsonName]);
            if (declared is not null && plan.ExtensibleTypes.Any(t => t.Name == declared))
            {
                plan.Discriminators[plan.Discriminators.IndexOf(discriminator)] = discriminator with { TypeName = declared };
            }
        }
    }

    /// <summary>
    /// A scalar parameter's enum becomes a plain string listing the known values (NSwag would send an object
    /// type's fields, not its value); an array parameter's items become the extensible type (one value each).
    /// </summary>
    private void VisitParameter(JsonObject? parameter, string hint)
    {
        if (parameter?["schema"] is not JsonObject schema)
        {
            return;
        }

        if (settings.ExtensibleEnums == true && StringEnum(schema) is { } values)
        {
            schema.Remove("enum");
            schema.Remove("default");
            schema["type"] = "string";
            parameter["description"] = ((SpecNodes.String(parameter["description"]) ?? string.Empty) + " Known values: " + string.Join(", ", values) + "; others may appear.").Trim();
            return;
        }

        Visit(schema, hint, null);
    }

    private void VisitContent(JsonNode? content, string hint)
    {
        foreach (var (_, media) in content as JsonObject ?? [])
        {
            if (media?["schema"] is JsonObject schema)
            {
                Visit(schema, hint, null);
            }
        }
    }

    /// <param name="schema">The schema, changed in place.</param>
    /// <param name="hint">The name it gets if it becomes a named type.</param>
    /// <param name="component">Its component name when it is one, else null (inline).</param>
    private void Visit(JsonObject schema, string hint, string? component)
    {
        if (schema.ContainsKey("$ref"))
        {
            return;
        }

        if (settings.Unions == true && SpecNodes.Union(schema) is { } union && !Simplify(schema, union.Keyword, union.Variants))
        {
            if (component is null)
            {
                var name = Hoist(schema, hint);
                Visit(_schemas[name]!.AsObject(), name, name);
                return;
            }

            MakeUnion(schema, component, union.Keyword, union.Variants);
        }

        if (settings.ExtensibleEnums == true && StringEnum(schema) is { } values)
        {
            MakeExtensible(schema, hint, component, values);
            return;
        }

        foreach (var (property, child) in schema["properties"] as JsonObject ?? [])
        {
            if (child is JsonObject c)
            {
                Visit(c, hint + Names.Pascal(property), null);
            }
        }

        if (schema["items"] is JsonObject items)
        {
            Visit(items, hint, null);
        }

        if (schema["additionalProperties"] is JsonObject values2)
        {
            Visit(values2, hint + "Value", null);
        }

        foreach (var part in schema["allOf"] as JsonArray ?? [])
        {
            if (part is JsonObject p)
            {
                Visit(p, hint, null);
            }
        }
    }

    /// <summary>
    /// A union of strings becomes one string (union of the enums), a union of mixed kinds any JSON; true when
    /// done, false for a union of objects (the caller makes it a holder).
    /// </summary>
    private bool Simplify(JsonObject schema, string keyword, JsonArray variants)
    {
        var resolved = variants.Select(v => SpecNodes.Resolve(spec, v)).ToList();
        if (resolved.Count > 0 && resolved.All(v => v is not null && IsStringLike(v)) && schema["properties"] is null)
        {
            schema.Remove(keyword);
            schema.Remove("discriminator");
            schema["type"] = "string";
            var enums = resolved.Select(v => Values(v!)).ToList();
            schema.Remove("enum");
            if (enums.All(e => e is not null))
            {
                schema["enum"] = new JsonArray(enums.SelectMany(e => e!).Distinct().Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            }

            return true;
        }

        if (resolved.All(v => v is not null && IsObjectLike(v)))
        {
            return false;
        }

        foreach (var key in new[] { keyword, "type", "properties", "required", "discriminator", "enum", "additionalProperties", "allOf" })
        {
            schema.Remove(key);
        }

        schema["description"] = ((SpecNodes.String(schema["description"]) ?? string.Empty) + " (Any JSON: the spec allows values of different kinds.)").Trim();
        return true;
    }

    private void MakeUnion(JsonObject schema, string name, string keyword, JsonArray variants)
    {
        var names = new List<string>();
        var index = 1;
        foreach (var variant in variants.ToList())
        {
            if (SpecNodes.RefName(variant) is { } existing)
            {
                names.Add(existing);
            }
            else if (variant is JsonObject inline)
            {
                var hoisted = Hoist(inline, name + (SpecNodes.String(inline["title"]) is { } title ? Names.Pascal(title) : "Variant" + index));
                Visit(_schemas[hoisted]!.AsObject(), hoisted, hoisted);
                names.Add(hoisted);
            }

            index++;
        }

        schema.Remove(keyword);
        schema.Remove("discriminator");
        schema["type"] = "object";
        plan.Unions.Add(new UnionType(name, names.Distinct().ToList()));
    }

    private void MakeExtensible(JsonObject schema, string hint, string? component, List<string> values)
    {
        var name = component ?? SpecNodes.UniqueSchemaName(spec, hint);
        var description = SpecNodes.String(schema["description"]);
        plan.ExtensibleTypes.Add(new ExtensibleType(name, values, description));
        _schemas[name] = new JsonObject
        {
            ["type"] = "object",
            ["x-atlas-extensible-string"] = true,
            ["description"] = "Known values: " + string.Join(", ", values) + ". Others may appear.",
            ["x-atlas-values"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        };
        if (component is null)
        {
            schema.Clear();
            schema["$ref"] = SpecNodes.SchemaPrefix + name;
        }
    }

    /// <summary>Moves an inline schema into components (a unique name from <paramref name="hint"/>) and leaves a $ref.</summary>
    private string Hoist(JsonObject schema, string hint)
    {
        var name = SpecNodes.UniqueSchemaName(spec, hint);
        _schemas[name] = schema.DeepClone();
        schema.Clear();
        schema["$ref"] = SpecNodes.SchemaPrefix + name;
        return name;
    }

    /// <summary>The string values a string-like schema allows (its enum, or the union of its variants'), or null when any string is.</summary>
    private List<string>? Values(JsonObject schema, int depth = 0)
    {
        if (SpecNodes.Union(schema) is { } union && depth < 4)
        {
            var parts = union.Variants.Select(v => SpecNodes.Resolve(spec, v) is { } r ? Values(r, depth + 1) : null).ToList();
            return parts.All(p => p is not null) ? parts.SelectMany(p => p!).Distinct().ToList() : null;
        }

        return schema["x-atlas-values"] is JsonArray known ? known.Select(SpecNodes.String).OfType<string>().ToList()
            : schema["x-atlas-extensible-string"] is not null ? null
            : StringEnum(schema);
    }

    private static List<string>? StringEnum(JsonObject schema)
    {
        var type = SpecNodes.String(schema["type"]);
        if (type is not (null or "string") || schema["enum"] is not JsonArray values || values.Count == 0)
        {
            return null;
        }

        var strings = values.Select(SpecNodes.String).ToList();
        return strings.All(s => s is not null) ? strings.OfType<string>().Distinct().ToList() : null;
    }

    /// <summary>A string, a string enum, or (Atlas's shape) a schema of any declared type that is a union of such.</summary>
    private bool IsStringLike(JsonObject schema, int depth = 0) =>
        SpecNodes.String(schema["type"]) == "string" || schema["x-atlas-extensible-string"] is not null
        || (schema["type"] is null && schema["enum"] is JsonArray e && e.All(v => v?.GetValueKind() == JsonValueKind.String))
        || (depth < 4 && schema["properties"] is null && SpecNodes.Union(schema) is { } u && u.Variants.Count > 0
            && u.Variants.All(v => SpecNodes.Resolve(spec, v) is { } r && IsStringLike(r, depth + 1)));

    private bool IsObjectLike(JsonObject schema) =>
        !IsStringLike(schema) && (SpecNodes.String(schema["type"]) == "object" || schema["properties"] is not null || schema["allOf"] is not null || SpecNodes.Union(schema) is not null);
}
