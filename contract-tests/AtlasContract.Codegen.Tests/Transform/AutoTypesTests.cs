using System.Text.Json.Nodes;

namespace AtlasContract.Codegen.Tests.Transform;

public class AutoTypesTests
{
    private static readonly TransformSettings All = new() { Discriminators = true, Unions = true, ExtensibleEnums = true, DotnetNames = true };

    private static JsonObject Spec(string schemas, string parameters = "[]") => (JsonObject)JsonNode.Parse($$"""
        {
          "openapi": "3.0.1",
          "paths": { "/things": { "get": { "operationId": "getThing", "parameters": {{parameters}},
            "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } } },
          "components": { "schemas": {{schemas}} }
        }
        """)!;

    private static JsonObject Schemas(JsonObject spec) => spec["components"]!["schemas"]!.AsObject();

    [Test]
    public void Apply_DiscriminatedOneOfOfSubtypes_BecomesAnInheritanceBase()
    {
        var spec = Spec("""
            {
              "Thing": { "type": "object", "discriminator": { "propertyName": "kind", "mapping": { "A": "#/components/schemas/A", "B": "#/components/schemas/B", "OLD_B": "#/components/schemas/B" } },
                         "oneOf": [ { "$ref": "#/components/schemas/A" }, { "$ref": "#/components/schemas/B" } ],
                         "properties": { "kind": { "type": "string" } } },
              "A": { "allOf": [ { "$ref": "#/components/schemas/Thing" }, { "properties": { "a": { "type": "string" } } } ] },
              "B": { "type": "object", "properties": { "b": { "type": "string" } } }
            }
            """);
        var plan = new CodegenPlan();

        var result = Schemas(SpecTransform.Apply(spec, All, plan));

        Assert.That(result["Thing"]!["oneOf"], Is.Null);
        Assert.That(result["Thing"]!["discriminator"]!["propertyName"]!.GetValue<string>(), Is.EqualTo("kind"));
        Assert.That(result["B"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/Thing"), "a variant that extends nothing is made to extend the base");
        Assert.That(result["BOldB"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/B"), "a second value of one variant gets its own subclass");
        Assert.That(plan.Discriminators.Single(), Is.EqualTo(new DiscriminatorProperty("Thing", "kind", "string")));
    }

    [Test]
    public void Apply_SeveralValuesOfOneVariant_TheValueItIsNamedAfterStaysOnIt()
    {
        var spec = Spec("""
            { "Thing": { "type": "object", "discriminator": { "propertyName": "s", "mapping": { "EXPIRED": "#/components/schemas/PendingUser", "PENDING": "#/components/schemas/PendingUser" } },
                         "oneOf": [ { "$ref": "#/components/schemas/PendingUser" } ], "properties": { "s": { "type": "string" } } },
              "PendingUser": { "allOf": [ { "$ref": "#/components/schemas/Thing" } ] } }
            """);

        var result = Schemas(SpecTransform.Apply(spec, All, new CodegenPlan()));

        var mapping = result["Thing"]!["discriminator"]!["mapping"]!;
        Assert.That(mapping["PENDING"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/PendingUser"));
        Assert.That(mapping["EXPIRED"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/PendingUserExpired"));
    }

    [Test]
    public void Apply_MappingToASchemaTheSpecLacks_DropsThatValueOnly()
    {
        var spec = Spec("""
            { "Thing": { "type": "object", "discriminator": { "propertyName": "k", "mapping": { "A": "#/components/schemas/A", "GONE": "#/components/schemas/Gone" } }, "properties": { "k": { "type": "string" } } },
              "A": { "allOf": [ { "$ref": "#/components/schemas/Thing" } ] } }
            """);

        var result = Schemas(SpecTransform.Apply(spec, All, new CodegenPlan()));

        Assert.That(result["Thing"]!["discriminator"]!["mapping"]!.AsObject().Select(m => m.Key), Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void Apply_OneOfOfObjectsWithoutDiscriminator_KeepsAHolderWithOneAccessorPerVariant()
    {
        var spec = Spec("""
            {
              "Thing": { "type": "object", "properties": { "spec": { "oneOf": [ { "$ref": "#/components/schemas/Aws" }, { "type": "object", "title": "gcp spec", "properties": { "g": { "type": "integer" } } } ] } } },
              "Aws": { "type": "object", "properties": { "a": { "type": "integer" } } }
            }
            """);
        var plan = new CodegenPlan();

        var result = Schemas(SpecTransform.Apply(spec, All, plan));

        Assert.That(result["Thing"]!["properties"]!["spec"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/ThingSpec"));
        Assert.That(result["ThingSpec"]!["oneOf"], Is.Null);
        Assert.That(plan.Unions.Single().Name, Is.EqualTo("ThingSpec"));
        Assert.That(plan.Unions.Single().Variants, Is.EqualTo(new[] { "Aws", "ThingSpecGcpSpec" }));
        Assert.That(result["ThingSpecGcpSpec"]!["properties"]!["g"], Is.Not.Null, "an inline variant becomes a named type");
    }

    [Test]
    public void Apply_ObjectWithOneOfOfStringEnums_IsOneExtensibleStringWithEveryValue()
    {
        var spec = Spec("""
            { "Thing": { "type": "object", "properties": { "regionName": { "type": "object", "oneOf": [ { "type": "string", "enum": ["US_EAST_1"] }, { "type": "string", "enum": ["EUROPE_WEST"] } ] } } } }
            """);
        var plan = new CodegenPlan();

        var result = Schemas(SpecTransform.Apply(spec, All, plan));

        Assert.That(result["Thing"]!["properties"]!["regionName"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/ThingRegionName"));
        Assert.That(plan.ExtensibleTypes.Single(), Has.Property("Name").EqualTo("ThingRegionName").And.Property("Values").EqualTo(new[] { "US_EAST_1", "EUROPE_WEST" }));
        Assert.That(plan.ExcludedTypeNames, Is.EqualTo(new[] { "ThingRegionName" }), "NSwag must not generate the type we emit");
    }

    [Test]
    public void Apply_UnionOfObjectTypedStringUnions_IsOneStringNotAHolder()
    {
        var spec = Spec("""
            {
              "Thing": { "type": "object", "properties": { "region": { "oneOf": [ { "$ref": "#/components/schemas/AwsRegion" }, { "$ref": "#/components/schemas/GcpRegion" } ] } } },
              "AwsRegion": { "type": "object", "oneOf": [ { "type": "string", "enum": ["US_EAST_1"] } ] },
              "GcpRegion": { "type": "string", "enum": ["EUROPE_WEST"] }
            }
            """);
        var plan = new CodegenPlan();

        SpecTransform.Apply(spec, All, plan);

        Assert.That(plan.Unions, Is.Empty);
        Assert.That(plan.ExtensibleTypes.Single(t => t.Name == "ThingRegion").Values, Is.EqualTo(new[] { "US_EAST_1", "EUROPE_WEST" }));
    }

    [Test]
    public void Apply_UnionOfAStringAndAnObject_IsAnyJson()
    {
        var spec = Spec("""
            { "Thing": { "type": "object", "properties": { "v": { "oneOf": [ { "type": "string" }, { "type": "object", "properties": { "x": { "type": "string" } } } ] } } } }
            """);

        var result = Schemas(SpecTransform.Apply(spec, All, new CodegenPlan()));

        var v = result["Thing"]!["properties"]!["v"]!.AsObject();
        Assert.That(v.Select(p => p.Key), Is.EqualTo(new[] { "description" }));
    }

    [Test]
    public void Apply_StringEnumsOffByDefault_StayClosedEnums()
    {
        var spec = Spec("""{ "Thing": { "type": "object", "properties": { "state": { "type": "string", "enum": ["IDLE"] } } } }""");
        var plan = new CodegenPlan();

        var result = Schemas(SpecTransform.Apply(spec, new TransformSettings(), plan));

        Assert.That(result["Thing"]!["properties"]!["state"]!["enum"]!.ToJsonString(), Is.EqualTo("[\"IDLE\"]"), "the closed enum is left as the spec wrote it");
        Assert.That(plan.ExtensibleTypes, Is.Empty);
    }

    [Test]
    public void Apply_ParameterEnumAndHeaderName_PlainStringListingTheValuesAndDotnetParameterName()
    {
        var spec = Spec(
            """{ "Thing": { "type": "object" } }""",
            """[ { "name": "Use-Effective-Fields", "in": "header", "schema": { "type": "boolean" } }, { "name": "state", "in": "query", "schema": { "type": "string", "enum": ["IDLE", "BUSY"] } } ]""");
        var plan = new CodegenPlan();

        var result = SpecTransform.Apply(spec, All, plan);

        var parameters = result["paths"]!["/things"]!["get"]!["parameters"]!.AsArray();
        Assert.That(parameters[0]!["x-originalName"]!.GetValue<string>(), Is.EqualTo("useEffectiveFields"));
        Assert.That(parameters[0]!["name"]!.GetValue<string>(), Is.EqualTo("Use-Effective-Fields"), "the wire name stays");
        Assert.That(parameters[1]!["schema"]!.ToJsonString(), Is.EqualTo("""{"type":"string"}"""), "a value Atlas adds is sent as it is");
        Assert.That(parameters[1]!["description"]!.GetValue<string>(), Does.Contain("Known values: IDLE, BUSY"));
    }

    [Test]
    public void Apply_SeveralAtlasVersions_KeepsTheNewest()
    {
        var spec = (JsonObject)JsonNode.Parse("""
            { "openapi": "3.0.1", "paths": { "/t": { "get": { "operationId": "t", "responses": { "200": { "content": {
              "application/vnd.atlas.2024-08-05+json": { "schema": { "$ref": "#/components/schemas/New" } },
              "application/vnd.atlas.2023-01-01+json": { "schema": { "$ref": "#/components/schemas/Old" } } } } } } } },
              "components": { "schemas": { "New": { "type": "object" }, "Old": { "type": "object" } } } }
            """)!;

        var result = SpecTransform.Apply(spec, new TransformSettings { NewestMediaTypes = true });

        Assert.That(result["paths"]!["/t"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key), Is.EqualTo(new[] { "application/vnd.atlas.2024-08-05+json" }));
        Assert.That(Schemas(result).Select(s => s.Key), Is.EqualTo(new[] { "New" }), "the old version's schemas are dropped");
    }
}
