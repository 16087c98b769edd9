using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>
/// Unchanged schemas and operations are skipped without comparing them: these pin what "unchanged" must look at
/// (what references reach, cycles, path-level parameters, document-level security) so a skip never hides a change.
/// </summary>
public class SchemaComparerSameTests
{
    private static SpecDocument Doc(string components, string paths = "{}", string security = "[]", string parameters = "{}") => SpecLoader.Parse($$"""
        openapi: 3.0.3
        info: { title: t, version: '1' }
        security: {{security}}
        paths: {{paths}}
        components:
          securitySchemes:
            key: { type: apiKey, in: header, name: X-Key }
            other: { type: apiKey, in: header, name: X-Other }
          parameters: {{parameters}}
          schemas:
        {{components}}
        """, "doc.yaml");

    private static bool Same(SpecDocument before, SpecDocument after, string name)
    {
        var comparer = new SchemaComparer(new SchemaView.Factory(before), new SchemaView.Factory(after));
        return comparer.Same(Schema(before, name), Schema(after, name));
    }

    private static JsonObject Schema(SpecDocument document, string name) => document.Root["components"]!["schemas"]![name]!.AsObject();

    [Test]
    public void Same_KeysInAnotherOrder_IsTrue()
    {
        var before = Doc("    A: { type: object, properties: { a: { type: string }, b: { type: integer } } }");
        var after = Doc("    A: { properties: { b: { type: integer }, a: { type: string } }, type: object }");

        Assert.That(Same(before, after, "A"), Is.True);
    }

    [Test]
    public void Same_ReferenceTextEqualButTargetChanged_IsFalse()
    {
        var before = Doc("    A: { properties: { x: { $ref: '#/components/schemas/X' } } }\n    X: { type: string }");
        var after = Doc("    A: { properties: { x: { $ref: '#/components/schemas/X' } } }\n    X: { type: integer }");

        Assert.That(Same(before, after, "A"), Is.False);
    }

    [Test]
    public void Same_DiscriminatorMappingTargetChanged_IsFalse()
    {
        const string Parent = "    P: { type: object, discriminator: { propertyName: kind, mapping: { dog: Dog } } }\n";
        var before = Doc(Parent + "    Dog: { type: object, properties: { bark: { type: string } } }");
        var after = Doc(Parent + "    Dog: { type: object, properties: { bark: { type: integer } } }");

        Assert.That(Same(before, after, "P"), Is.False);
    }

    [Test]
    public void Same_CycleOfReferencesAllEqual_IsTrue()
    {
        const string Cycle = "    A: { properties: { b: { $ref: '#/components/schemas/B' } } }\n    B: { properties: { a: { $ref: '#/components/schemas/A' } } }";

        Assert.That(Same(Doc(Cycle), Doc(Cycle), "A"), Is.True);
    }

    [Test]
    public void Same_PairWalkedInsideACycleThatFailed_IsFalseAfterwards()
    {
        var before = Doc("    A: { properties: { b: { $ref: '#/components/schemas/B' }, x: { type: string } } }\n    B: { properties: { a: { $ref: '#/components/schemas/A' } } }");
        var after = Doc("    A: { properties: { b: { $ref: '#/components/schemas/B' }, x: { type: integer } } }\n    B: { properties: { a: { $ref: '#/components/schemas/A' } } }");
        var comparer = new SchemaComparer(new SchemaView.Factory(before), new SchemaView.Factory(after));

        Assert.That(comparer.Same(Schema(before, "A"), Schema(after, "A")), Is.False);
        Assert.That(comparer.Same(Schema(before, "B"), Schema(after, "B")), Is.False);
    }

    /// <summary>
    /// B looks the same while A is assumed the same around the cycle; A then turns out changed. B must not be
    /// remembered as the same, or the second operation (which returns B) would report nothing.
    /// </summary>
    [Test]
    public void Changes_SchemaFirstMetInsideAFailedCycle_StillComparedWhenReachedAgain()
    {
        const string Paths = """
            { /a: { get: { responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/A' } } } } } } },
                  /b: { get: { responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/B' } } } } } } } }
            """;
        var before = Doc("    A: { type: object, properties: { b: { $ref: '#/components/schemas/B' }, x: { type: string } } }\n    B: { type: object, properties: { a: { $ref: '#/components/schemas/A' } } }", Paths);
        var after = Doc("    A: { type: object, properties: { b: { $ref: '#/components/schemas/B' }, x: { type: integer } } }\n    B: { type: object, properties: { a: { $ref: '#/components/schemas/A' } } }", Paths);

        var changes = SpecDiff.Changes(before, after);

        Assert.That(changes.Where(c => c.Kind == ChangeKind.TypeChanged).Select(c => c.Operation), Is.EquivalentTo(new[] { "GET /a", "GET /b" }));
    }

    [Test]
    public void Changes_OperationSameButPathLevelParameterChanged_Reported()
    {
        static string Paths(string type) => $$"""{ '/a/{id}': { parameters: [ { name: id, in: path, required: true, schema: { type: {{type}} } } ], get: { responses: { '204': { description: ok } } } } }""";

        var changes = SpecDiff.Changes(Doc("    X: { type: string }", Paths("string")), Doc("    X: { type: string }", Paths("integer")));

        Assert.That(changes.Select(c => (c.Kind, c.Operation)), Does.Contain((ChangeKind.TypeChanged, "GET /a/{id}")));
    }

    [Test]
    public void Changes_OperationSameButReferencedParameterChanged_Reported()
    {
        const string Paths = "{ /a: { get: { parameters: [ { $ref: '#/components/parameters/P' } ], responses: { '204': { description: ok } } } } }";
        var before = Doc("    X: { type: string }", Paths, parameters: "{ P: { name: q, in: query, schema: { type: string } } }");
        var after = Doc("    X: { type: string }", Paths, parameters: "{ P: { name: q, in: query, schema: { type: integer } } }");

        var changes = SpecDiff.Changes(before, after);

        Assert.That(changes.Select(c => (c.Kind, c.Operation)), Does.Contain((ChangeKind.TypeChanged, "GET /a")));
    }

    [Test]
    public void Changes_OperationSameButDocumentSecurityChanged_Reported()
    {
        const string Paths = "{ /a: { get: { responses: { '204': { description: ok } } } } }";
        var before = Doc("    X: { type: string }", Paths, "[ { key: [] } ]");
        var after = Doc("    X: { type: string }", Paths, "[ { other: [] } ]");

        var changes = SpecDiff.Changes(before, after);

        Assert.That(changes.Select(c => (c.Kind, c.Operation)), Does.Contain((ChangeKind.SecurityRemoved, "GET /a")));
    }
}
