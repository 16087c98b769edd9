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
        "ERR request-body-const-changed application/json $", "ERR response-body-const-changed 200 application/json $", TestName = "Compare_ConstChanged_IsOneConstChangeForEachSide")]
    [TestCase("{ type: object, properties: { k: { type: string } } }", "{ type: object, properties: { k: { type: string, const: A } } }",
        "ERR request-property-const-added application/json $.k", "INFO response-property-const-added 200 application/json $.k", TestName = "Compare_ConstAdded_FixesWhatWritersSend")]
    [TestCase("{ type: string, enum: [A, B] }", "{ anyOf: [ { type: string, enum: [A] }, { type: 'null' } ] }",
        "ERR request-body-enum-value-removed application/json $", "ERR response-body-became-nullable 200 application/json $", TestName = "Compare_EnumNarrowedInsideANullableWrapping_IsNotAGeneralization")]
    [TestCase("{ type: array, items: { type: string }, contains: { type: string }, minContains: 1 }", "{ type: array, items: { type: string }, contains: { type: string }, minContains: 2 }",
        "ERR request-body-min-contains-increased application/json $", "INFO response-body-min-contains-increased 200 application/json $", TestName = "Compare_MinContainsRaised_TightensWhatWritersMaySend")]
    [TestCase("{ type: array }", "{ type: array, contains: { type: string } }",
        "ERR request-body-contains-added application/json $", "INFO response-body-contains-added 200 application/json $", TestName = "Compare_ContainsAdded_NarrowsTheArray")]
    [TestCase("{ type: array, items: { type: string }, contains: { type: string, minLength: 2 } }", "{ type: array, items: { type: string } }",
        "INFO request-body-contains-removed application/json $", "ERR response-body-contains-removed 200 application/json $", TestName = "Compare_ContainsRemoved_WidensTheArray")]
    [TestCase("{ type: array, prefixItems: [ { type: string } ] }", "{ type: array, prefixItems: [ { type: string }, { type: integer } ] }",
        "ERR request-body-prefix-items-added application/json $", "INFO response-body-prefix-items-added 200 application/json $", TestName = "Compare_PrefixPositionAddedWithoutItems_ConstrainsAFreePosition")]
    [TestCase("{ type: array, items: { type: integer } }", "{ type: array, prefixItems: [ { type: string } ], items: { type: integer } }",
        "ERR request-property-type-changed application/json $[0]", "ERR response-property-type-changed 200 application/json $[0]", TestName = "Compare_PrefixPositionAddedOverItems_IsARetypingOfThatPosition")]
    [TestCase("{ type: object, properties: { kind: { type: string } }, then: { required: [kind] } }", "{ type: object, properties: { kind: { type: string } }, if: { properties: { kind: { const: x } } }, then: { required: [kind] } }",
        "ERR request-body-if-added application/json $", "INFO response-body-if-added 200 application/json $", TestName = "Compare_IfAdded_MakesItsThenApply")]
    [TestCase("{ type: object, properties: { v: { type: string } } }", "{ type: object, properties: { v: { type: [string, integer] } } }",
        "INFO request-property-list-of-types-widened application/json $.v", "ERR response-property-list-of-types-widened 200 application/json $.v", TestName = "Compare_TypeArrayWidened_IsWidenedForBothSides")]
    [TestCase("{ type: object, properties: { v: { type: [string, integer, 'null'] } } }", "{ type: object, properties: { v: { type: [string, 'null'] } } }",
        "ERR request-property-list-of-types-narrowed application/json $.v", "INFO response-property-list-of-types-narrowed 200 application/json $.v", TestName = "Compare_NullableTypeArrayNarrowed_IsNarrowedNotANullabilityChange")]
    [TestCase("{ type: object, properties: { v: { type: [string, integer] } } }", "{ type: object, properties: { v: { type: [string, boolean] } } }",
        "ERR request-property-type-changed application/json $.v", "ERR response-property-type-changed 200 application/json $.v", TestName = "Compare_TypeArraySwappedAType_IsATypeChange")]
    [TestCase("{ type: array, prefixItems: [ { type: string } ] }", "{ type: array, prefixItems: [ { type: integer } ] }",
        "ERR request-property-type-changed application/json $[0]", "ERR response-property-type-changed 200 application/json $[0]", TestName = "Compare_PrefixItemRetyped_IsATypeChangeAtItsPosition")]
    [TestCase("{ type: object, patternProperties: { '^x-': { type: string } } }", "{ type: object, patternProperties: { '^x-': { type: integer } } }",
        "ERR request-property-type-changed application/json $[/^x-/]", "ERR response-property-type-changed 200 application/json $[/^x-/]", TestName = "Compare_PatternPropertyRetyped_IsATypeChange")]
    [TestCase("{ type: object }", "{ type: object, propertyNames: { pattern: '^[a-z]+$' } }",
        "ERR request-body-property-names-added application/json $", "INFO response-body-property-names-added 200 application/json $", TestName = "Compare_PropertyNamesAdded_RefusesOtherNamesFromWriters")]
    [TestCase("{ type: object, propertyNames: { pattern: '^[a-z]+$' } }", "{ type: object, propertyNames: { pattern: '^[a-z_]+$' } }",
        "WARN request-property-pattern-changed application/json $(propertyNames)", "INFO response-property-pattern-changed 200 application/json $(propertyNames)", TestName = "Compare_PropertyNamesKeptButChanged_IsComparedInsideIt")]
    [TestCase("{ type: object, properties: { a: { type: string }, b: { type: string } } }", "{ type: object, properties: { a: { type: string }, b: { type: string } }, dependentRequired: { a: [b] } }",
        "ERR request-body-dependent-required-added application/json $", "INFO response-body-dependent-required-added 200 application/json $", TestName = "Compare_DependentRequiredAdded_MakesThePropertyRequiredWithTheOther")]
    [TestCase("{ type: object, properties: { a: { type: string }, b: { type: string }, c: { type: string } }, dependentRequired: { a: [b] } }", "{ type: object, properties: { a: { type: string }, b: { type: string }, c: { type: string } }, dependentRequired: { a: [c] } }",
        "ERR request-body-dependent-required-changed application/json $", "ERR response-body-dependent-required-changed 200 application/json $", TestName = "Compare_DependentRequiredListChanged_IsOneChangeForEachSide")]
    [TestCase("{ type: string }", "{ type: string, contentEncoding: base64 }",
        "ERR request-body-content-encoding-changed application/json $", "ERR response-body-content-encoding-changed 200 application/json $", TestName = "Compare_ContentEncodingAdded_ChangesTheStringForBothSides")]
    [TestCase("{ type: object, if: { properties: { kind: { const: x } } }, then: { properties: { a: { type: string, maxLength: 5 } } } }", "{ type: object, if: { properties: { kind: { const: x } } }, then: { properties: { a: { type: string, maxLength: 3 } } } }",
        "ERR request-property-max-length-decreased application/json $(then).a", "INFO response-property-constraint-tightened 200 application/json $(then).a", TestName = "Compare_ThenBranchTightened_IsComparedInsideIt")]
    [TestCase("{ type: object, properties: { a: { type: string } } }", "{ type: object, properties: { a: { type: string } }, unevaluatedProperties: false }",
        "ERR request-body-unevaluated-properties-added application/json $", "INFO response-body-unevaluated-properties-added 200 application/json $", TestName = "Compare_UnevaluatedPropertiesFalse_ClosesTheObject")]
    [TestCase("{ type: object, properties: { code: { type: string, not: { enum: [A, B] } } } }", "{ type: object, properties: { code: { type: string, not: { enum: [A] } } } }",
        "INFO request-property-enum-value-added application/json $.code(not)", "WARN response-property-enum-value-added 200 application/json $.code(not)", TestName = "Compare_ValueNoLongerRefusedByNot_IsAValueAccepted")]
    [TestCase("{ type: object, properties: { code: { type: string, not: { maxLength: 2 } } } }", "{ type: object, properties: { code: { type: string, not: { maxLength: 4 } } } }",
        "ERR request-property-max-length-decreased application/json $.code(not)", "INFO response-property-constraint-tightened 200 application/json $.code(not)", TestName = "Compare_NotWidened_RefusesMoreOfWhatWritersSend")]
    [TestCase("{ type: object, properties: { code: { type: string } } }", "{ type: object, properties: { code: { type: string, not: { enum: [A] } } } }",
        "WARN request-property-constraint-set application/json $.code", "INFO response-property-constraint-tightened 200 application/json $.code", TestName = "Compare_NotAdded_IsANewBound")]
    [TestCase("{ type: object, properties: { code: { type: string, not: { enum: [A] } } } }", "{ type: object, properties: { code: { type: string } } }",
        "INFO request-property-constraint-loosened application/json $.code", "ERR response-property-constraint-loosened 200 application/json $.code", TestName = "Compare_NotRemoved_IsABoundLifted")]
    [TestCase("{ allOf: [ { type: object, properties: { id: { type: string } } }, { oneOf: [ { type: object, properties: { a: { type: string } } }, { type: object, properties: { b: { type: integer } } } ] } ] }",
        "{ allOf: [ { type: object, properties: { id: { type: string } } }, { oneOf: [ { type: object, properties: { a: { type: string } } }, { type: object, properties: { b: { type: string } } } ] } ] }",
        "ERR request-property-type-changed application/json $.b", "ERR response-property-type-changed 200 application/json $.b", TestName = "Compare_OneOfInsideAllOf_IsComparedInsideTheVariant")]
    [TestCase("{ allOf: [ { type: object, properties: { id: { type: string } } }, { type: object, properties: { code: { type: string, not: { enum: [A] } } } } ] }",
        "{ allOf: [ { type: object, properties: { id: { type: string } } }, { type: object, properties: { code: { type: string, not: { enum: [A, B] } } } } ] }",
        "ERR request-property-enum-value-removed application/json $.code(not)", "INFO response-property-enum-value-removed 200 application/json $.code(not)", TestName = "Compare_NotInsideAllOf_IsComparedTheOtherWayRound")]
    [TestCase("{ type: object, properties: { code: { allOf: [ { type: string, not: { enum: [A] } }, { not: { enum: [B] } } ] } } }",
        "{ type: object, properties: { code: { allOf: [ { type: string, not: { enum: [A] } }, { not: { enum: [B, C] } } ] } } }",
        "ERR request-property-enum-value-removed application/json $.code(not)", "INFO response-property-enum-value-removed 200 application/json $.code(not)", TestName = "Compare_SecondNotInAnotherAllOfMember_IsCompared")]
    [TestCase("{ allOf: [ { oneOf: [ { type: object, properties: { a: { type: string } } }, { type: object, properties: { b: { type: string } } } ] }, { oneOf: [ { type: object, properties: { c: { type: string } } }, { type: object, properties: { d: { type: integer } } } ] } ] }",
        "{ allOf: [ { oneOf: [ { type: object, properties: { a: { type: string } } }, { type: object, properties: { b: { type: string } } } ] }, { oneOf: [ { type: object, properties: { c: { type: string } } }, { type: object, properties: { d: { type: string } } } ] } ] }",
        "ERR request-property-type-changed application/json $.d", "ERR response-property-type-changed 200 application/json $.d", TestName = "Compare_OneOfInTheSecondAllOfMember_IsComparedToo")]
    [TestCase("{ type: object, properties: { c: { oneOf: [ { type: object, properties: { d: { oneOf: [ { type: string }, { type: integer } ] } } }, { type: boolean } ] } } }",
        "{ type: object, properties: { c: { oneOf: [ { type: object, properties: { d: { oneOf: [ { type: string } ] } } }, { type: boolean } ] } } }",
        "ERR request-property-one-of-removed application/json $.c.d", "INFO response-property-one-of-removed 200 application/json $.c.d", TestName = "Compare_OneOfInsideAOneOfVariant_IsReportedAtItsPath")]
    public void Compare_JsonSchemaKeyword_IsJudgedForEachSide(string before, string after, string writer, string reader)
    {
        var findings = Diff(before, after);

        Assert.That(findings, Does.Contain(writer).And.Contain(reader), string.Join("\n", findings));
    }

    [Test]
    public void Compare_SchemaSplitIntoAllOf_IsSilent()
    {
        // oasdiff reports request-body-all-of-added (ERR) here: the wire format is the same.
        var findings = Diff("{ type: object, required: [id], properties: { id: { type: string }, name: { type: string } } }",
            "{ allOf: [ { type: object, required: [id], properties: { id: { type: string } } }, { type: object, properties: { name: { type: string } } } ] }");

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_AllOfBranchAddedWithARequiredProperty_IsReportedOnceAsWhatItAdds()
    {
        var findings = Diff("{ allOf: [ { type: object, properties: { id: { type: string } } } ] }",
            "{ allOf: [ { type: object, properties: { id: { type: string } } }, { type: object, required: [tenant], properties: { tenant: { type: string } } } ] }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "ERR new-required-request-property application/json $.tenant",
            "INFO response-required-property-added 200 application/json $.tenant",
        }));
    }

    [Test]
    public void Compare_NullableWrappingOfTheSameSchema_IsOnlyNullability()
    {
        var findings = Diff("{ type: string, enum: [A] }", "{ oneOf: [ { type: 'null' }, { type: string, enum: [A] } ] }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "ERR response-body-became-nullable 200 application/json $",
            "INFO request-body-became-nullable application/json $",
        }));
    }

    [Test]
    public void Compare_ContainsAdded_IsOneChangeNotAlsoAnImplicitMinContains()
    {
        var findings = Diff("{ type: array, items: { type: string } }", "{ type: array, items: { type: string }, contains: { type: string, minLength: 2 } }");

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "ERR request-body-contains-added application/json $",
            "INFO response-body-contains-added 200 application/json $",
        }));
    }

    [Test]
    public void Compare_EnumOfOneBecameConst_IsSilent()
    {
        var findings = Diff("{ type: object, properties: { k: { type: string, enum: [A] } } }", "{ type: object, properties: { k: { type: string, const: A } } }");

        Assert.That(findings, Is.Empty);
    }
}
