using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Loading;

public class SpecValidatorTests
{
    private static SpecDocument Doc(string paths, string schemas = "{}") => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
        {{paths}}
        components:
          schemas: {{schemas}}
        """, "doc.yaml");

    private const string Get = "{ operationId: OP, responses: { '200': { description: ok } } }";

    [TestCase("2025-03-18")]
    [TestCase("2025-10-08")]
    [TestCase("2026-07-31")]
    [TestCase("2026-08-21")]
    public void Validate_PublishedAtlasRevision_HasNoErrorAndNamesTheSchemaOfEveryWarning(string revision)
    {
        var diagnostics = SpecValidator.Validate(SpecLoader.Load(RepoPaths.AtlasSpec(revision)));

        Assert.That(diagnostics.Where(d => d.Severity == "error").Select(d => d.ToString()), Is.Empty);
        Assert.That(diagnostics.Where(d => d.Pointer.StartsWith("#/components/schemas/", StringComparison.Ordinal)).Select(d => d.Message),
            Has.All.Matches<string>(m => m!.StartsWith("schema '", StringComparison.Ordinal) && !m.Contains("Schema  ", StringComparison.Ordinal)));
    }

    [Test]
    public void Validate_DiscriminatorPropertyNotRequired_IsAWarningNamingTheSchema()
    {
        var doc = Doc("  /a: { get: " + Get.Replace("OP", "a", StringComparison.Ordinal) + " }", """
            { Pet: { type: object, properties: { kind: { type: string } }, discriminator: { propertyName: kind, mapping: { cat: '#/components/schemas/Cat' } } }, Cat: { allOf: [ { $ref: '#/components/schemas/Pet' } ] } }
            """);

        var diagnostic = SpecValidator.Validate(doc).Single(d => d.Pointer.StartsWith("#/components/schemas/Pet", StringComparison.Ordinal));

        Assert.That(diagnostic.Severity, Is.EqualTo("warning"));
        Assert.That(diagnostic.Message, Does.StartWith("schema 'Pet': its discriminator property 'kind' is not in its required list"));
    }

    [TestCase("post", "warning", "share no method")]
    [TestCase("get", "error", "Both declare GET")]
    public void Validate_TwoPathsOfOneShape_AreAnErrorOnlyWhenAMethodOverlaps(string secondMethod, string severity, string because)
    {
        var doc = Doc($$"""
              /a/{id}: { get: {{Get.Replace("OP", "one", StringComparison.Ordinal)}}, parameters: [ { name: id, in: path, required: true, schema: { type: string } } ] }
              /a/{name}: { {{secondMethod}}: {{Get.Replace("OP", "two", StringComparison.Ordinal)}}, parameters: [ { name: name, in: path, required: true, schema: { type: string } } ] }
            """);

        var diagnostic = SpecValidator.Validate(doc).Single(d => d.Message.Contains("path signature", StringComparison.Ordinal));

        Assert.That(diagnostic.Severity, Is.EqualTo(severity));
        Assert.That(diagnostic.Message, Does.Contain(because));
    }
}
