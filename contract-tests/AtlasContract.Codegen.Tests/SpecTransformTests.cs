using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Codegen.Tests;

public class SpecTransformTests
{
    private const string Spec = """
        {
          "openapi": "3.0.1",
          "paths": {
            "/orgs/{ORG-ID}/invites": {
              "get": {
                "operationId": "listOrgInvites",
                "deprecated": true,
                "parameters": [
                  { "$ref": "#/components/parameters/envelope" },
                  { "name": "pretty", "in": "query", "schema": { "type": "boolean" } },
                  { "name": "ORG-ID", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "username", "in": "query", "schema": { "type": "string" } }
                ],
                "responses": {
                  "200": { "content": { "application/json": { "x-sunset": "2027-07-01", "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Invitation" } } } } }
                }
              }
            }
          },
          "components": {
            "parameters": { "envelope": { "name": "envelope", "in": "query", "schema": { "type": "boolean" } } },
            "schemas": {
              "Invitation": {
                "type": "object",
                "properties": {
                  "roles": { "type": "array", "items": { "type": "string", "enum": ["ORG_OWNER", "ORG_MEMBER"] } },
                  "group": { "$ref": "#/components/schemas/GroupRole" },
                  "count": { "type": "integer" }
                }
              },
              "GroupRole": { "type": "object", "properties": { "groupRole": { "type": "string" } } }
            }
          }
        }
        """;

    private static JsonObject Parse() => (JsonObject)JsonNode.Parse(Spec)!;

    private static JsonArray Parameters(JsonObject spec, string path) => (JsonArray)spec["paths"]![path]!["get"]!["parameters"]!;

    [Test]
    public void Apply_DropParameters_RemovesInlineAndReferencedOnesOnly()
    {
        var result = SpecTransform.Apply(Parse(), new TransformSettings { DropParameters = ["envelope", "pretty"] });

        var names = Parameters(result, "/orgs/{ORG-ID}/invites").Select(p => p!["name"]?.GetValue<string>() ?? p["$ref"]!.GetValue<string>());
        Assert.That(names, Is.EqualTo(new[] { "ORG-ID", "username" }));
    }

    [Test]
    public void Apply_RenamePathParameter_RenamesTheTemplateAndTheParameter()
    {
        var result = SpecTransform.Apply(Parse(), new TransformSettings { RenamePathParameters = new Dictionary<string, string> { ["ORG-ID"] = "orgId" } });

        Assert.That(((JsonObject)result["paths"]!).Select(p => p.Key), Is.EqualTo(new[] { "/orgs/{orgId}/invites" }));
        Assert.That(Parameters(result, "/orgs/{orgId}/invites").Select(p => p!["name"]?.GetValue<string>()), Does.Contain("orgId").And.Not.Contain("ORG-ID"));
    }

    [Test]
    public void Apply_RenameSchema_MovesItAndRewritesEveryReference()
    {
        var result = SpecTransform.Apply(Parse(), new TransformSettings { RenameSchemas = new Dictionary<string, string> { ["GroupRole"] = "GroupRoleAssignment" } });

        var schemas = (JsonObject)result["components"]!["schemas"]!;
        Assert.That(schemas.ContainsKey("GroupRole"), Is.False);
        Assert.That(JsonNode.DeepEquals(schemas["GroupRoleAssignment"], Parse()["components"]!["schemas"]!["GroupRole"]), Is.True, "the schema moves unchanged");
        Assert.That(schemas["Invitation"]!["properties"]!["group"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/GroupRoleAssignment"));
        Assert.That(result.ToJsonString(), Does.Not.Contain("#/components/schemas/GroupRole\""));
    }

    [TestCase("Missing", "New")]
    [TestCase("GroupRole", "Invitation")]
    public void Apply_RenameSchemaMissingOrOntoATakenName_Throws(string from, string to)
    {
        var ex = Assert.Throws<InvalidDataException>(() => SpecTransform.Apply(Parse(), new TransformSettings { RenameSchemas = new Dictionary<string, string> { [from] = to } }));

        Assert.That(ex!.Message, Does.Contain($"cannot rename schema '{from}' to '{to}'"));
    }

    [Test]
    public void Apply_ExtensibleStringArray_BecomesANamedOpaqueTypeListingTheKnownValues()
    {
        var result = SpecTransform.Apply(Parse(), new TransformSettings { ExtensibleStrings = [new ExtensibleString("Invitation", "roles", "OrganizationRole")] });

        var schemas = result["components"]!["schemas"]!;
        Assert.That(schemas["Invitation"]!["properties"]!["roles"]!["items"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/OrganizationRole"));
        Assert.That(schemas["Invitation"]!["properties"]!["roles"]!["type"]!.GetValue<string>(), Is.EqualTo("array"));
        var named = schemas["OrganizationRole"]!;
        Assert.That(named["type"]!.GetValue<string>(), Is.EqualTo("object"));
        Assert.That(named["x-atlas-extensible-string"]!.GetValue<bool>(), Is.True);
        Assert.That(named["description"]!.GetValue<string>(), Is.EqualTo("Known values: ORG_OWNER, ORG_MEMBER. Others may appear."));
    }

    [TestCase("Invitation", "count", "is not a string or an array of strings")]
    [TestCase("Invitation", "missing", "no property 'missing' in schema 'Invitation'")]
    public void Apply_ExtensibleStringOnANonString_Throws(string schema, string property, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => SpecTransform.Apply(Parse(), new TransformSettings { ExtensibleStrings = [new ExtensibleString(schema, property, "X")] }));

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [Test]
    public void Apply_DeprecatedOperation_GetsAMessageWithTheReplacementAndTheSunset()
    {
        var result = SpecTransform.Apply(Parse(), new TransformSettings { Replacements = new Dictionary<string, string> { ["listOrgInvites"] = "Use listOrgUsers instead." } });

        Assert.That(result["paths"]!["/orgs/{ORG-ID}/invites"]!["get"]!["x-deprecated-message"]!.GetValue<string>(),
            Is.EqualTo("listOrgInvites is deprecated by MongoDB Atlas. Use listOrgUsers instead. Sunset: 2027-07-01."));
    }

    [Test]
    public void Apply_AnySettings_LeavesTheInputUnchanged()
    {
        var input = Parse();
        var before = input.ToJsonString();

        SpecTransform.Apply(input, new TransformSettings
        {
            DropParameters = ["envelope"],
            RenamePathParameters = new Dictionary<string, string> { ["ORG-ID"] = "orgId" },
            RenameSchemas = new Dictionary<string, string> { ["GroupRole"] = "GroupRoleAssignment" },
            ExtensibleStrings = [new ExtensibleString("Invitation", "roles", "OrganizationRole")],
        });

        Assert.That(input.ToJsonString(), Is.EqualTo(before));
    }

    [Test]
    public void Apply_CommittedV2FragmentWithItsSettings_GivesTheShapeTheClientIsBuiltOn()
    {
        var contract = RepoPaths.Manifest.Contract("atlas-v2-invites");
        var result = SpecTransform.Apply(SpecLoader.Load(contract.Fragment.Full).Root, TransformSettings.Read(contract.Codegen!.Transforms.Select(t => t.Full).ToList()));

        var operation = result["paths"]!["/api/atlas/v2/orgs/{orgId}/invites"]!["get"]!;
        Assert.That(operation["x-deprecated-message"]!.GetValue<string>(), Does.StartWith("listOrgInvites is deprecated by MongoDB Atlas. Use listOrgUsers").And.Contain("Sunset: 2027-07-01."));
        Assert.That(result.ToJsonString(), Does.Not.Contain("#/components/parameters/envelope").And.Not.Contain("#/components/schemas/GroupRole\""));
        Assert.That(result["components"]!["schemas"]!["OrganizationRole"]!["x-atlas-extensible-string"]!.GetValue<bool>(), Is.True);
    }
}
