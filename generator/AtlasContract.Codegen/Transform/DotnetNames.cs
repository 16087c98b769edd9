using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// .NET names where the spec's are not: a parameter named <c>Use-Effective-Instance-Fields</c> becomes the method
/// parameter <c>useEffectiveInstanceFields</c> (NSwag names it from <c>x-originalName</c>; the header or query key
/// on the wire stays the spec's), and a component schema whose name is not a type name is renamed (PascalCase).
/// </summary>
internal static class DotnetNames
{
    public static void Apply(JsonObject spec)
    {
        foreach (var (_, _, op) in SpecNodes.Operations(spec))
        {
            foreach (var parameter in op["parameters"] as JsonArray ?? [])
            {
                Name(parameter as JsonObject);
            }
        }

        foreach (var (_, parameter) in spec["components"]?["parameters"] as JsonObject ?? [])
        {
            Name(parameter as JsonObject);
        }

        var schemas = SpecNodes.Schemas(spec);
        foreach (var name in schemas.Select(p => p.Key).Where(n => !Names.IsTypeName(n)).ToList())
        {
            SpecTransform.RenameSchema(spec, name, SpecNodes.UniqueSchemaName(spec, Names.Pascal(name)));
        }
    }

    private static void Name(JsonObject? parameter)
    {
        if (SpecNodes.String(parameter?["name"]) is { } name && Names.Camel(name) is var camel && camel != name)
        {
            parameter!["x-originalName"] = camel.TrimStart('@');
        }
    }
}
