using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

public class SchemaComparerTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>One GET returning Shape and one POST taking it: {schemas} is the components.schemas block.</summary>
    private static SpecDocument Doc(string schemas) => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /shapes:
            get:
              operationId: getShape
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Shape' }
            post:
              operationId: postShape
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Shape' }
              responses:
                '204': { description: done }
        components:
          schemas:
        {{schemas}}
        """, "doc.yaml");

    private static List<string> Diff(string before, string after) =>
        SpecDiff.Compare(Doc(before), Doc(after), today: Today).Findings.Select(f => $"{f.RuleId} {f.Operation} {f.JsonPath}").ToList();

    private const string CircleSquare = """
            Shape: { oneOf: [ { $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' } ] }
            Circle: { type: object, properties: { radius: { type: number } } }
            Square: { type: object, properties: { side: { type: number } } }
        """;

    [Test]
    public void Compare_OneOfVariantsRenamed_IsSilent()
    {
        var renamed = """
                Shape: { oneOf: [ { $ref: '#/components/schemas/Round' }, { $ref: '#/components/schemas/Box' } ] }
                Round: { type: object, properties: { radius: { type: number } } }
                Box: { type: object, properties: { side: { type: number } } }
            """;

        Assert.That(Diff(CircleSquare, renamed), Is.Empty);
    }

    [Test]
    public void Compare_OneOfVariantsReordered_IsSilent()
    {
        var reordered = CircleSquare.Replace("[ { $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' } ]", "[ { $ref: '#/components/schemas/Square' }, { $ref: '#/components/schemas/Circle' } ]", StringComparison.Ordinal);

        Assert.That(Diff(CircleSquare, reordered), Is.Empty);
    }

    [Test]
    public void Compare_InlineEnumVariantInsertedFirst_ReportsOnlyItsNewValue()
    {
        var before = """
                Shape: { oneOf: [ { type: string, enum: [A, B] }, { type: string, enum: [C, D] } ] }
            """;
        var after = """
                Shape: { oneOf: [ { type: string, enum: [X] }, { type: string, enum: [A, B] }, { type: string, enum: [C, D] } ] }
            """;

        Assert.That(Diff(before, after), Is.EquivalentTo(new[]
        {
            "response-property-enum-value-added GET /shapes 200 application/json $",
            "request-property-enum-value-added POST /shapes application/json $",
        }));
    }

    [Test]
    public void Compare_InlineVariantEdited_ReportsTheEditNotAReplacement()
    {
        var before = """
                Shape: { oneOf: [ { type: string, enum: [A, B] }, { type: string, enum: [C, D] } ] }
            """;
        var after = """
                Shape: { oneOf: [ { type: string, enum: [C, D] }, { type: string, enum: [A, B, E] } ] }
            """;

        Assert.That(Diff(before, after), Is.EquivalentTo(new[]
        {
            "response-property-enum-value-added GET /shapes 200 application/json $",
            "request-property-enum-value-added POST /shapes application/json $",
        }));
    }

    [Test]
    public void Compare_VariantsRenamedButSameDiscriminatorValue_ReportTheNestedChange()
    {
        var before = """
                Shape:
                  oneOf: [ { $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' } ]
                  discriminator: { propertyName: kind, mapping: { circle: '#/components/schemas/Circle', square: '#/components/schemas/Square' } }
                Circle: { type: object, properties: { kind: { type: string }, radius: { type: number } } }
                Square: { type: object, properties: { kind: { type: string }, side: { type: number } } }
            """;
        var after = """
                Shape:
                  oneOf: [ { $ref: '#/components/schemas/Round' }, { $ref: '#/components/schemas/Box' } ]
                  discriminator: { propertyName: kind, mapping: { circle: '#/components/schemas/Round', square: '#/components/schemas/Box' } }
                Round: { type: object, properties: { kind: { type: string } } }
                Box: { type: object, properties: { kind: { type: string }, side: { type: number } } }
            """;

        Assert.That(Diff(before, after), Is.EquivalentTo(new[]
        {
            "response-optional-property-removed GET /shapes 200 application/json $.radius",
            "request-property-removed POST /shapes application/json $.radius",
        }));
    }

    [TestCase("minimum: 5", "minimum: 5, exclusiveMinimum: true", "request-body-exclusive-min-increased")]
    [TestCase("minimum: 5, exclusiveMinimum: true", "minimum: 5", "request-body-min-decreased")]
    [TestCase("maximum: 9", "exclusiveMaximum: 9", "request-body-exclusive-max-decreased")]
    [TestCase("exclusiveMaximum: 9", "exclusiveMaximum: 8", "request-body-exclusive-max-decreased")]
    [TestCase("exclusiveMinimum: 1", "exclusiveMinimum: 0", "request-body-exclusive-min-decreased")]
    [TestCase("", "exclusiveMinimum: 0", "request-body-exclusive-min-set")]
    public void Compare_ExclusiveBounds_AreCompared(string before, string after, string rule)
    {
        var findings = Diff($"    Shape: {{ type: number, {before} }}", $"    Shape: {{ type: number, {after} }}");

        Assert.That(findings.Where(f => f.Contains("POST", StringComparison.Ordinal)), Is.EqualTo(new[] { $"{rule} POST /shapes application/json $" }));
    }

    [Test]
    public void Compare_ExclusiveBoundFrom30FlagTo31Number_IsSilent()
    {
        Assert.That(Diff("    Shape: { type: number, minimum: 5, exclusiveMinimum: true }", "    Shape: { type: number, exclusiveMinimum: 5 }"), Is.Empty);
    }

    [Test]
    public void Compare_AllOfCycleOfThreeBranches_MergesEachSchemaOnce()
    {
        var cycle = """
                Shape: { allOf: [ { $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }, { $ref: '#/components/schemas/C' } ] }
                A: { allOf: [ { $ref: '#/components/schemas/B' }, { $ref: '#/components/schemas/C' }, { $ref: '#/components/schemas/Shape' } ], properties: { a: { type: string } } }
                B: { allOf: [ { $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/C' }, { $ref: '#/components/schemas/Shape' } ], properties: { b: { type: string } } }
                C: { allOf: [ { $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }, { $ref: '#/components/schemas/Shape' } ], properties: { c: { type: string } } }
            """;
        var document = Doc(cycle);
        var views = new SchemaView.Factory(document);

        var view = views.Of(document.Root["components"]!["schemas"]!["Shape"]);

        Assert.That(view.Properties.Keys, Is.EquivalentTo(new[] { "a", "b", "c" }));
        Assert.That(views.Merges, Is.EqualTo(4), "each of the four schemas merged once, however many paths lead to it");
        Assert.That(Diff(cycle, cycle.Replace("c: { type: string }", "c: { type: integer }", StringComparison.Ordinal)), Has.Count.EqualTo(2));
    }

    [Test]
    public void Compare_RefThatIsNotAJsonPointer_ResolvesToNothingInsteadOfThrowing()
    {
        // The loader refuses such a $ref; the engine must not depend on that (documents also come from code).
        static SpecDocument WithBadRef(string schemas)
        {
            var root = Doc(schemas).Root;
            root["components"]!["schemas"]!["Shape"]!["properties"]!["x"] = new System.Text.Json.Nodes.JsonObject { ["$ref"] = "#foo" };
            return new SpecDocument("doc.yaml", root);
        }

        var before = WithBadRef("    Shape: { type: object, properties: { x: { type: string } } }");
        var after = WithBadRef("    Shape: { type: object, properties: { x: { type: string }, y: { type: string } } }");

        var findings = SpecDiff.Compare(before, after, today: Today).Findings.Select(f => $"{f.RuleId} {f.Operation} {f.JsonPath}");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "response-optional-property-added GET /shapes 200 application/json $.y",
            "new-optional-request-property POST /shapes application/json $.y",
        }));
    }

    [Test]
    public void Compare_ArrayItemsSchemaDropped_IsATypeChangeForReadersOnly()
    {
        var findings = Diff(
            "    Shape: { type: object, properties: { tags: { type: array, items: { type: string } } } }",
            "    Shape: { type: object, properties: { tags: { type: array } } }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "response-property-type-changed GET /shapes 200 application/json $.tags[*]",
            "request-property-type-generalized POST /shapes application/json $.tags[*]",
        }));
    }

    [Test]
    public void Compare_MapValueSchemaAddedToAnOpenObject_IsRestrictedWarnForWritersInfoForReaders()
    {
        var findings = Diff(
            "    Shape: { type: object, additionalProperties: true }",
            "    Shape: { type: object, additionalProperties: { type: integer } }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "response-property-additional-properties-restricted GET /shapes 200 application/json $",
            "request-property-additional-properties-restricted POST /shapes application/json $",
        }));
    }

    [Test]
    public void Compare_NumberBecomesInteger_IsSpecializedForReadersAndAChangeForWriters()
    {
        var findings = Diff("    Shape: { type: object, properties: { size: { type: number } } }", "    Shape: { type: object, properties: { size: { type: integer } } }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "response-property-type-specialized GET /shapes 200 application/json $.size",
            "request-property-type-changed POST /shapes application/json $.size",
        }));
    }

    [Test]
    public void Compare_StringEnumVariantAddedToOneOf_IsANewEnumValue()
    {
        const string before = "    Shape: { oneOf: [ { type: string, enum: [RUNNING] }, { type: object, properties: { at: { type: string } } } ] }";
        const string after = "    Shape: { oneOf: [ { type: string, enum: [RUNNING] }, { type: string, enum: [PAUSED, IDLE] }, { type: object, properties: { at: { type: string } } } ] }";

        var report = SpecDiff.Compare(Doc(before), Doc(after), today: Today);

        Assert.That(report.Findings.Select(f => $"{f.Level.Name()} {f.RuleId} {f.Operation} {f.After}"), Is.EquivalentTo(new[]
        {
            "WARN response-property-enum-value-added GET /shapes \"PAUSED\"",
            "WARN response-property-enum-value-added GET /shapes \"IDLE\"",
            "INFO request-property-enum-value-added POST /shapes \"PAUSED\"",
            "INFO request-property-enum-value-added POST /shapes \"IDLE\"",
        }));
    }

    [Test]
    public void Compare_VariantWithATitleRemoved_IsNamedByItsTitle()
    {
        const string before = "    Shape: { oneOf: [ { title: Circle, type: object, properties: { radius: { type: number } } }, { title: Square, type: object, properties: { side: { type: number } } } ] }";
        const string after = "    Shape: { oneOf: [ { title: Circle, type: object, properties: { radius: { type: number } } } ] }";

        var report = SpecDiff.Compare(Doc(before), Doc(after), today: Today);

        Assert.That(report.Findings.Select(f => f.Message), Has.All.Contain("'Square'").And.None.Contain("#1"));
    }

    [TestCase("date-time", "response-property-type-changed")]
    [TestCase("password", "response-property-format-annotation-changed")]
    public void Compare_FormatDroppedFromAResponseString_IsAChangeOnlyWhenTheFormatRestrictedValues(string format, string rule)
    {
        var findings = Diff($"    Shape: {{ type: object, properties: {{ at: {{ type: string, format: {format} }} }} }}", "    Shape: { type: object, properties: { at: { type: string } } }");

        Assert.That(findings, Does.Contain($"{rule} GET /shapes 200 application/json $.at"));
    }
}
