using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

public class OperationComparerTests
{
    private static SpecDocument Doc(string headers) => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              operationId: a
              responses:
                '200':
                  description: ok
                  headers:
        {{headers}}
        """, "doc.yaml");

    [Test]
    public void Compare_ResponseHeadersDifferingOnlyByCase_AreOneHeader()
    {
        var before = Doc("""
                        X-Limit: { schema: { type: integer } }
                        x-limit: { schema: { type: string } }
            """);
        var after = Doc("""
                        x-LIMIT: { required: true, schema: { type: integer } }
            """);

        var findings = SpecDiff.Compare(before, after, today: new DateOnly(2026, 11, 22)).Findings;

        Assert.That(findings.Select(f => $"{f.RuleId} {f.JsonPath}"), Is.EqualTo(new[] { "response-header-became-required 200 header X-Limit" }));
    }

    private static SpecDocument WithParameter(string parameter) => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a/{id}:
            get:
              operationId: a
              parameters:
                - {{parameter}}
              responses:
                '200': { description: ok }
        """, "doc.yaml");

    [TestCase("{ name: q, in: query, schema: { type: string } }", "{ name: q, in: query, explode: false, schema: { type: string } }", TestName = "Compare_ExplodeChangedOnAScalarQueryParameter_ReportsNothing")]
    [TestCase("{ name: id, in: path, required: true, schema: { type: string } }", "{ name: id, in: path, required: true, style: simple, explode: false, schema: { type: string } }", TestName = "Compare_DefaultStyleAndExplodeWrittenOut_ReportsNothing")]
    [TestCase("{ name: q, in: query, schema: { type: array, items: { type: string } } }", "{ name: q, in: query, style: form, explode: true, schema: { type: array, items: { type: string } } }", TestName = "Compare_FormDefaultsWrittenOutOnAnArray_ReportsNothing")]
    public void Compare_SerializationUnchangedOnTheWire_ReportsNothing(string before, string after)
    {
        var findings = SpecDiff.Compare(WithParameter(before), WithParameter(after), today: new DateOnly(2026, 11, 22)).Findings;

        Assert.That(findings, Is.Empty);
    }

    private static SpecDocument WithApiKey(string placement) => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              security: [ { Key: [] } ]
              responses: { '200': { description: ok } }
        components:
          securitySchemes:
            Key: { type: apiKey, {{placement}} }
        """, "doc.yaml");

    [Test]
    public void Compare_ApiKeyHeaderNameDifferingOnlyByCase_ReportsNothing()
    {
        var findings = SpecDiff.Compare(WithApiKey("in: header, name: X-Api-Key"), WithApiKey("in: header, name: x-api-key"), today: new DateOnly(2026, 11, 22)).Findings;

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Compare_ApiKeyMovedFromHeaderToQuery_IsErr()
    {
        var findings = SpecDiff.Compare(WithApiKey("in: header, name: key"), WithApiKey("in: query, name: key"), today: new DateOnly(2026, 11, 22)).Findings;

        Assert.That(findings.Select(f => $"{f.Level} {f.RuleId} {f.Operation}"), Is.EqualTo(new[] { "Err security-scheme-api-key-changed GET /a" }));
        Assert.That(findings[0].Message, Does.StartWith("GET /a: security scheme Key").And.Contain("from header key to query key"));
    }

    [TestCase("integer", "string", "request-parameter-type-generalized", TestName = "Compare_QueryIntegerBecomesString_IsGeneralized")]
    [TestCase("boolean", "string", "request-parameter-type-generalized", TestName = "Compare_QueryBooleanBecomesString_IsGeneralized")]
    [TestCase("string", "integer", "request-parameter-type-changed", TestName = "Compare_QueryStringBecomesInteger_IsAChange")]
    [TestCase("number", "integer", "request-parameter-type-changed", TestName = "Compare_QueryNumberBecomesInteger_IsAChange")]
    public void Compare_ParameterType_IsJudgedAsTextOnTheWire(string before, string after, string rule)
    {
        var findings = SpecDiff.Compare(
            WithParameter($"{{ name: q, in: query, schema: {{ type: {before} }} }}"),
            WithParameter($"{{ name: q, in: query, schema: {{ type: {after} }} }}"),
            today: new DateOnly(2026, 11, 22)).Findings;

        Assert.That(findings.Select(f => $"{f.RuleId} {f.JsonPath}"), Is.EqualTo(new[] { $"{rule} query.q" }));
    }

    [Test]
    public void Compare_ErrorMediaTypeReplacedWithTheSameSchema_NamesTheReplacement()
    {
        static SpecDocument Error(string mediaType) => SpecLoader.Parse($$"""
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '503': { description: down, content: { {{mediaType}}: { schema: { type: object, properties: { detail: { type: string } } } } } }
            """, "doc.yaml");

        var findings = SpecDiff.Compare(Error("application/vnd.atlas.2023-01-01+json"), Error("application/json"), today: new DateOnly(2026, 11, 22)).Findings;

        Assert.That(findings.Select(f => $"{f.Level.Name()} {f.RuleId}"), Is.EqualTo(new[] { "INFO response-media-type-name-changed" }));
        Assert.That(findings[0].Message, Does.Contain("application/vnd.atlas.2023-01-01+json").And.Contain("replaced by application/json"));
    }
}
