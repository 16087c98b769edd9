using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>Edge cases of the serialization, schema-flag, security and sunset rules: each test states what a client feels.</summary>
public class RuleEdgeCaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static List<Finding> Diff(string before, string after)
    {
        var findings = SpecDiff.Compare(SpecLoader.Parse(before, "base.yaml"), SpecLoader.Parse(after, "rev.yaml"), today: Today).Findings.ToList();
        foreach (var f in findings)
        {
            TestContext.Out.WriteLine($"{f.Level} {f.RuleId} | {f.JsonPath} | {f.Message}");
        }

        return findings;
    }

    private static string Param(string parameter, string version = "3.0.1") => $$"""
        openapi: {{version}}
        info: { title: t, version: '1' }
        paths:
          /a/{id}:
            get:
              operationId: a
              parameters:
                - {{parameter}}
              responses:
                '200': { description: ok }
        """;

    private static string Body(string schema, string version = "3.0.1", string extra = "") => $$"""
        openapi: {{version}}
        info: { title: t, version: '1' }
        paths:
          /a:
            post:
              operationId: a
              requestBody:
                content:
                  application/json:
                    schema: {{schema}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {{schema}}
        components:
          schemas:
            X: { type: object, properties: { p: { type: string } } }
        {{extra}}
        """;

    private static string Security(string security, string global = "") => $$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        {{global}}
        paths:
          /a:
            get:
              operationId: a
              {{security}}
              responses:
                '200': { description: ok }
        components:
          securitySchemes:
            oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://x/token', scopes: { read: r, write: w } } } }
            key: { type: apiKey, in: header, name: X-Key }
        """;

    // simple style: an array is blue,black,brown whether explode is true or false (OAS 3.0.3 §4.7.12.4.1 style examples).
    [TestCase("path", "id")]
    [TestCase("header", "X-Ids")]
    public void Compare_ExplodeChangedOnSimpleStyleArray_ReportsNothing(string location, string name)
    {
        var findings = Diff(
            Param($"{{ name: {name}, in: {location}, required: true, schema: {{ type: array, items: {{ type: string }} }} }}"),
            Param($"{{ name: {name}, in: {location}, required: true, explode: true, schema: {{ type: array, items: {{ type: string }} }} }}"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_ExplodeChangedOnSimpleStyleObject_IsErr()
    {
        var findings = Diff(
            Param("{ name: id, in: path, required: true, schema: { type: object, properties: { a: { type: string } } } }"),
            Param("{ name: id, in: path, required: true, explode: true, schema: { type: object, properties: { a: { type: string } } } }"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Err request-parameter-explode-changed" }));
    }

    // q=5 whatever the query style: spaceDelimited/pipeDelimited only change arrays and objects.
    [TestCase("pipeDelimited")]
    [TestCase("spaceDelimited")]
    public void Compare_QueryStyleChangedOnAScalar_ReportsNothing(string style)
    {
        var findings = Diff(
            Param("{ name: q, in: query, schema: { type: integer } }"),
            Param($"{{ name: q, in: query, style: {style}, schema: {{ type: integer }} }}"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_StyleChangedOnQueryArray_IsErr()
    {
        var findings = Diff(
            Param("{ name: q, in: query, schema: { type: array, items: { type: string } } }"),
            Param("{ name: q, in: query, style: pipeDelimited, explode: false, schema: { type: array, items: { type: string } } }"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Err request-parameter-style-changed" }));
    }

    [Test]
    public void Compare_ExplodeChangedOn31NullableArray_IsErr()
    {
        var findings = Diff(
            Param("{ name: q, in: query, schema: { type: [array, 'null'], items: { type: string } } }", "3.1.0"),
            Param("{ name: q, in: query, explode: false, schema: { type: [array, 'null'], items: { type: string } } }", "3.1.0"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Err request-parameter-explode-changed" }));
    }

    [Test]
    public void Compare_ExplodeChangedOnArrayParameterBehindRef_IsErr()
    {
        static string Doc(string explode) => $$"""
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths:
              /a:
                get:
                  parameters: [ { $ref: '#/components/parameters/Q' } ]
                  responses: { '200': { description: ok } }
            components:
              parameters:
                Q: { name: q, in: query, {{explode}} schema: { $ref: '#/components/schemas/Ids' } }
              schemas:
                Ids: { type: array, items: { type: string } }
            """;
        var findings = Diff(Doc(string.Empty), Doc("explode: false,"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Err request-parameter-explode-changed" }));
    }

    [Test]
    public void Compare_ContentParameterGainsStyle_ReportsNothing()
    {
        // style/explode do not apply to a parameter described by content.
        var findings = Diff(
            Param("{ name: f, in: query, content: { application/json: { schema: { type: object } } } }"),
            Param("{ name: f, in: query, style: deepObject, content: { application/json: { schema: { type: object } } } }"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_DeprecatedOnParameterAndItsSchema_IsOneFinding()
    {
        var findings = Diff(
            Param("{ name: q, in: query, schema: { type: string } }"),
            Param("{ name: q, in: query, deprecated: true, schema: { type: string, deprecated: true } }"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Info request-parameter-deprecated" }));
    }

    [Test]
    public void Compare_Ref31SiblingDeprecated_IsResponsePropertyDeprecated()
    {
        var findings = Diff(
            Body("{ type: object, properties: { x: { $ref: '#/components/schemas/X' } } }", "3.1.0"),
            Body("{ type: object, properties: { x: { $ref: '#/components/schemas/X', deprecated: true } } }", "3.1.0"));

        Assert.That(findings.Select(f => f.RuleId), Does.Contain("response-property-deprecated"));
    }

    [Test]
    public void Compare_AllOfMemberDeprecated_IsDeprecated()
    {
        var findings = Diff(
            Body("{ type: object, properties: { x: { allOf: [ { $ref: '#/components/schemas/X' } ] } } }"),
            Body("{ type: object, properties: { x: { allOf: [ { $ref: '#/components/schemas/X' } ], deprecated: true } } }"));

        Assert.That(findings.Select(f => $"{f.RuleId} {f.JsonPath}"), Is.EquivalentTo(new[] { "request-property-deprecated application/json $.x", "response-property-deprecated 200 application/json $.x" }));
    }

    [Test]
    public void Compare_UniqueItemsInAllOfMember_IsSet()
    {
        var findings = Diff(
            Body("{ type: object, properties: { ids: { allOf: [ { type: array, items: { type: string } } ] } } }"),
            Body("{ type: object, properties: { ids: { allOf: [ { type: array, items: { type: string } }, { uniqueItems: true } ] } } }"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EquivalentTo(new[] { "Err request-property-unique-items-set", "Info response-property-unique-items-set" }));
    }

    [Test]
    public void Compare_OneOfVariantClosed_ReportsDisallowed()
    {
        var findings = Diff(
            Body("{ oneOf: [ { type: object, properties: { a: { type: string } } }, { type: string } ] }"),
            Body("{ oneOf: [ { type: object, additionalProperties: false, properties: { a: { type: string } } }, { type: string } ] }"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EquivalentTo(new[] { "Warn request-property-additional-properties-disallowed", "Info response-property-additional-properties-disallowed" }));
    }

    // false -> a typed map accepts strictly more in a request: no ERR.
    [Test]
    public void Compare_RequestMapOpenedFromFalseToTyped_IsNotErr()
    {
        var findings = Diff(
            Body("{ type: object, additionalProperties: false }"),
            Body("{ type: object, additionalProperties: { type: string } }"));

        Assert.That(findings.Where(f => f.Level == Level.Err), Is.Empty);
    }

    // a typed map -> false accepts strictly less: no "accepts more" finding.
    [Test]
    public void Compare_RequestMapClosedFromTypedToFalse_SaysNothingAboutAcceptingMore()
    {
        var findings = Diff(
            Body("{ type: object, additionalProperties: { type: string } }"),
            Body("{ type: object, additionalProperties: false }"));

        Assert.That(findings.Select(f => f.RuleId), Does.Not.Contain("request-property-type-generalized"));
    }

    // An open request object (no additionalProperties) given a typed additionalProperties is at most as bad as closing it (WARN).
    [Test]
    public void Compare_RequestOpenObjectGainsTypedAdditionalProperties_IsAtMostWarn()
    {
        var findings = Diff(
            Body("{ type: object, properties: { a: { type: string } } }"),
            Body("{ type: object, properties: { a: { type: string } }, additionalProperties: { type: string } }"));

        Assert.That(findings.Where(f => f.Level == Level.Err), Is.Empty);
    }

    [Test]
    public void Compare_ResponseArrayLosesItems_IsErr()
    {
        var findings = Diff(
            Body("{ type: array, items: { type: string } }"),
            Body("{ type: array }"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId} {f.JsonPath}"), Does.Contain("Err response-property-type-changed 200 application/json $[*]"));
    }

    [Test]
    public void Compare_ItemsEmptyObjectAgainstAbsent_ReportsNothing()
    {
        var findings = Diff(Body("{ type: array, items: {} }"), Body("{ type: array }"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_AdditionalPropertiesTrueAgainstAbsent_ReportsNothing()
    {
        var findings = Diff(Body("{ type: object, additionalProperties: true }"), Body("{ type: object }"));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_ResponseHeaderDeprecated_IsNotAnUnhelpfulSchemaChange()
    {
        static string Doc(string extra) => $$"""
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      headers:
                        X-Ids: { schema: { type: array, {{extra}} items: { type: string } } }
            """;
        var deprecated = Diff(Doc(string.Empty), Doc("deprecated: true,"));
        var unique = Diff(Doc("uniqueItems: true,"), Doc(string.Empty));

        Assert.That(deprecated.Single().Message, Does.Not.Contain("none → none"));
        Assert.That(unique.Single().Level, Is.EqualTo(Level.Warn), "a response header that may now repeat items is as risky as a response property (WARN)");
    }

    [Test]
    public void Compare_DuplicateAlternativeSameSchemeLost_IsReported()
    {
        // Before: a token with read OR a token with write works. After: only read. A write-only client breaks.
        var findings = Diff(
            Security("security: [ { oauth: [read] }, { oauth: [write] } ]"),
            Security("security: [ { oauth: [read] } ]"));

        Assert.That(findings, Is.Not.Empty);
    }

    [Test]
    public void Compare_AlternativeAddedForSameScheme_IsNotErr()
    {
        // Before: only write works. After: read OR write: nobody loses access.
        var findings = Diff(
            Security("security: [ { oauth: [write] } ]"),
            Security("security: [ { oauth: [read] }, { oauth: [write] } ]"));

        Assert.That(findings.Where(f => f.Level == Level.Err), Is.Empty);
    }

    [Test]
    public void Compare_GlobalScopesMovedToOperationWithAnExtraScope_IsScopeAdded()
    {
        var findings = Diff(
            Security(string.Empty, "security: [ { oauth: [read] } ]"),
            Security("security: [ { oauth: [read, write] } ]"));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Err api-security-scope-added" }));
        Assert.That(findings[0].Message, Does.Contain("GET /a"));
    }

    [Test]
    public void Compare_ScopesReordered_ReportsNothing()
    {
        var findings = Diff(Security("security: [ { oauth: [read, write] } ]"), Security("security: [ { oauth: [write, read] } ]"));

        Assert.That(findings, Is.Empty);
    }

    private static string ApiKey(string placement, bool used) => $$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              {{(used ? "security: [ { Key: [] } ]" : string.Empty)}}
              responses: { '200': { description: ok } }
        components:
          securitySchemes:
            Key: { type: apiKey, {{placement}} }
        """;

    [Test]
    public void Compare_UnusedApiKeySchemeMoved_IsNotErr()
    {
        var findings = Diff(ApiKey("in: header, name: key", used: false), ApiKey("in: query, name: key", used: false));

        Assert.That(findings.Where(f => f.Level == Level.Err), Is.Empty);
    }

    [Test]
    public void Compare_UsedApiKeySchemeMoved_NamesTheOperation()
    {
        var findings = Diff(ApiKey("in: header, name: key", used: true), ApiKey("in: cookie, name: key", used: true));

        Assert.That(findings.Select(f => f.Operation), Does.Contain("GET /a"));
    }

    [Test]
    public void Compare_CookieApiKeyNameCaseChanged_IsErr()
    {
        var findings = Diff(ApiKey("in: cookie, name: Session", used: true), ApiKey("in: cookie, name: session", used: true));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Err security-scheme-api-key-changed" }));
    }

    private static string Sunset(string value) => $$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              deprecated: true
              {{value}}
              responses: { '200': { description: ok } }
        """;

    [TestCase("x-sunset: 2027-07-01")]
    [TestCase("x-sunset: '2027-07-01'")]
    public void Compare_SunsetAddedAsYamlDateOrString_IsSunsetChanged(string value)
    {
        var findings = Diff(Sunset(string.Empty), Sunset(value));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Info api-sunset-date-changed" }));
    }

    [TestCase("x-sunset: !!timestamp 2027-07-01")]
    [TestCase("x-sunset: 2027-07-01T00:00:00Z")]
    [TestCase("x-sunset: '2027-07-01T12:30:00.5+02:00'")]
    public void Compare_SunsetAddedAsTimestampOrDateTime_IsSunsetChanged(string value)
    {
        var findings = Diff(Sunset(string.Empty), Sunset(value));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Info api-sunset-date-changed" }));
        Assert.That(findings[0].Message, Does.StartWith("GET /a: sunset changed"), "no stray space when the change has no path");
    }

    [TestCase("x-sunset: ''")]
    [TestCase("x-sunset: 20270701")]
    [TestCase("x-sunset: soon")]
    public void Compare_SunsetAddedUnreadable_IsInvalidWarn(string value)
    {
        var findings = Diff(Sunset(string.Empty), Sunset(value));

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId}"), Is.EqualTo(new[] { "Warn api-sunset-date-invalid" }));
    }

    [Test]
    public void Compare_UnreadableSunsetUnchanged_ReportsNothing()
    {
        var findings = Diff(Sunset("x-sunset: soon"), Sunset("x-sunset: soon"));

        Assert.That(findings, Is.Empty);
    }
    [Test]
    public void Compare_DeepObjectExplodeDefaultWrittenOut_ReportsNothing()
    {
        static string Doc(string explode) => $$"""
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths:
              /a:
                get:
                  parameters: [ { name: f, in: query, style: deepObject, {{explode}} schema: { type: object, properties: { a: { type: string } } } } ]
                  responses: { '200': { description: ok } }
            """;

        Assert.That(Diff(Doc("explode: true,"), Doc(string.Empty)), Is.Empty);
    }

    [Test]
    public void Compare_EnumValueRemovedFromAnArrayParametersItems_IsTheParametersOwnValue()
    {
        var findings = Diff(Param("{ name: kinds, in: query, schema: { type: array, items: { type: string, enum: [A, B] } } }"),
            Param("{ name: kinds, in: query, schema: { type: array, items: { type: string, enum: [A] } } }"));

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "request-parameter-enum-value-removed" }));
    }

    [Test]
    public void Compare_EnumValueRemovedFromAPropertyOfAnObjectParameter_IsAParameterPropertyChange()
    {
        var findings = Diff(Param("{ name: filter, in: query, style: deepObject, schema: { type: object, properties: { kind: { type: string, enum: [A, B] } } } }"),
            Param("{ name: filter, in: query, style: deepObject, schema: { type: object, properties: { kind: { type: string, enum: [A] } } } }"));

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "request-parameter-property-enum-value-removed" }));
    }
}
