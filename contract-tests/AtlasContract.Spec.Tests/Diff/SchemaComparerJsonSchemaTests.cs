using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>JSON Schema 2020-12 keywords (OpenAPI 3.1), each compared for the reader (GET) and the writer (POST).</summary>
public class SchemaComparerJsonSchemaTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SpecDocument Doc(string shape) => SpecLoader.Parse($$"""
        openapi: 3.1.0
        info: { title: t, version: '1' }
        paths:
          /shapes:
            get:
              operationId: getShape
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Shape' } } } }
            post:
              operationId: postShape
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Shape' } } } }
              responses:
                '204': { description: done }
        components:
          schemas:
            Shape: {{shape}}
        """, "doc.yaml");

    private static List<string> Diff(string before, string after) =>
        SpecDiff.Compare(Doc(before), Doc(after), today: Today).Findings.Select(f => $"{f.Level.Name()} {f.RuleId} {f.JsonPath}").ToList();

    [TestCase("{ type: string, const: A }", "{ type: string, const: B }",
        "ERR request-property-enum-value-removed application/json $", "WARN response-property-enum-value-added 200 application/json $", TestName = "Compare_ConstChanged_IsAValueRemovedForWritersAndAddedForReaders")]
    [TestCase("{ type: string, enum: [A, B] }", "{ anyOf: [ { type: string, enum: [A] }, { type: 'null' } ] }",
        "ERR request-property-enum-value-removed application/json $", "ERR response-property-became-nullable 200 application/json $", TestName = "Compare_EnumNarrowedInsideANullableWrapping_IsNotAGeneralization")]
    [TestCase("{ type: array, items: { type: string }, contains: { type: string }, minContains: 1 }", "{ type: array, items: { type: string }, contains: { type: string }, minContains: 2 }",
        "ERR request-property-min-contains-increased application/json $", "INFO response-property-min-contains-increased 200 application/json $", TestName = "Compare_MinContainsRaised_TightensWhatWritersMaySend")]
    [TestCase("{ type: array }", "{ type: array, contains: { type: string } }",
        "ERR request-property-type-changed application/json $[contains]", "INFO response-property-type-specialized 200 application/json $[contains]", TestName = "Compare_ContainsAdded_NarrowsTheArray")]
    [TestCase("{ type: array, prefixItems: [ { type: string } ] }", "{ type: array, prefixItems: [ { type: integer } ] }",
        "ERR request-property-type-changed application/json $[0]", "ERR response-property-type-changed 200 application/json $[0]", TestName = "Compare_PrefixItemRetyped_IsATypeChangeAtItsPosition")]
    [TestCase("{ type: object, patternProperties: { '^x-': { type: string } } }", "{ type: object, patternProperties: { '^x-': { type: integer } } }",
        "ERR request-property-type-changed application/json $[/^x-/]", "ERR response-property-type-changed 200 application/json $[/^x-/]", TestName = "Compare_PatternPropertyRetyped_IsATypeChange")]
    [TestCase("{ type: object }", "{ type: object, propertyNames: { pattern: '^[a-z]+$' } }",
        "ERR request-property-pattern-added application/json $(propertyNames)", "INFO response-property-pattern-changed 200 application/json $(propertyNames)", TestName = "Compare_PropertyNamesPatternAdded_RefusesOtherNamesFromWriters")]
    [TestCase("{ type: object, properties: { a: { type: string }, b: { type: string } } }", "{ type: object, properties: { a: { type: string }, b: { type: string } }, dependentRequired: { a: [b] } }",
        "ERR request-property-became-required application/json $.b (with .a)", "INFO response-property-became-required 200 application/json $.b (with .a)", TestName = "Compare_DependentRequiredAdded_MakesThePropertyRequiredWithTheOther")]
    [TestCase("{ type: string }", "{ type: string, contentEncoding: base64 }",
        "ERR request-property-type-changed application/json $", "ERR response-property-type-changed 200 application/json $", TestName = "Compare_ContentEncodingAdded_ChangesTheStringForBothSides")]
    [TestCase("{ type: object, if: { properties: { kind: { const: x } } }, then: { properties: { a: { type: string, maxLength: 5 } } } }", "{ type: object, if: { properties: { kind: { const: x } } }, then: { properties: { a: { type: string, maxLength: 3 } } } }",
        "ERR request-property-max-length-decreased application/json $(then).a", "INFO response-property-constraint-tightened 200 application/json $(then).a", TestName = "Compare_ThenBranchTightened_IsComparedInsideIt")]
    [TestCase("{ type: object, properties: { a: { type: string } } }", "{ type: object, properties: { a: { type: string } }, unevaluatedProperties: false }",
        "WARN request-property-additional-properties-disallowed application/json $", "INFO response-property-additional-properties-disallowed 200 application/json $", TestName = "Compare_UnevaluatedPropertiesFalse_ClosesTheObject")]
    public void Compare_JsonSchemaKeyword_IsJudgedForEachSide(string before, string after, string writer, string reader)
    {
        var findings = Diff(before, after);

        Assert.That(findings, Does.Contain(writer).And.Contain(reader), string.Join("\n", findings));
    }

    [Test]
    public void Compare_NullableWrappingOfTheSameSchema_IsOnlyNullability()
    {
        var findings = Diff("{ type: string, enum: [A] }", "{ oneOf: [ { type: 'null' }, { type: string, enum: [A] } ] }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "ERR response-property-became-nullable 200 application/json $",
            "INFO request-property-became-nullable application/json $",
        }));
    }
}
