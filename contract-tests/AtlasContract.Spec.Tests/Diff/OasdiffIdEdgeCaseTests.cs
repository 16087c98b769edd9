using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>Where the rules that took oasdiff's finer ids stop: each test pins the case next to the one its fixture shows.</summary>
public class OasdiffIdEdgeCaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static List<string> Diff(string before, string after) =>
        SpecDiff.Compare(SpecLoader.Parse(before, "base.yaml"), SpecLoader.Parse(after, "rev.yaml"), today: Today).Findings
            .Select(f => $"{f.RuleId} {f.JsonPath}")
            .ToList();

    private static string Param(string parameter) => $$"""
        openapi: 3.1.0
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              operationId: a
              parameters:
                - {{parameter}}
              responses:
                '200': { description: ok }
        """;

    private static string Bodies(string mediaType, string request, string response, string? responseMediaType = null) => $$"""
        openapi: 3.1.0
        info: { title: t, version: '1' }
        paths:
          /a:
            post:
              operationId: a
              requestBody:
                content:
                  {{mediaType}}:
                    schema: {{request}}
              responses:
                '200':
                  description: ok
                  content:
                    {{responseMediaType ?? mediaType}}:
                      schema: {{response}}
        """;

    [Test]
    public void Compare_HeaderParameterItselfBecomesEnum_IsTheParameterRule()
    {
        var findings = Diff(Param("{name: X-Mode, in: header, schema: {type: string}}"), Param("{name: X-Mode, in: header, schema: {type: string, enum: [a, b]}}"));

        Assert.That(findings, Is.EqualTo(new[] { "request-parameter-became-enum header.X-Mode" }));
    }

    [Test]
    public void Compare_RequiredPropertyAddedToAQueryObject_IsNotAHeaderProperty()
    {
        var findings = Diff(
            Param("{name: f, in: query, style: deepObject, schema: {type: object, properties: {a: {type: string}}}}"),
            Param("{name: f, in: query, style: deepObject, schema: {type: object, properties: {a: {type: string}, b: {type: string}}, required: [b]}}"));

        Assert.That(findings, Is.EqualTo(new[] { "new-required-request-property query.f.b" }));
    }

    [Test]
    public void Compare_PropertyWrappedInOneOf_KeepsThePropertyTypeRules()
    {
        const string before = "{type: object, properties: {p: {type: object, properties: {a: {type: string}}}}}";
        const string after = "{type: object, properties: {p: {oneOf: [{type: object, properties: {a: {type: string}}}, {type: string}]}}}";

        var findings = Diff(Bodies("application/json", before, before), Bodies("application/json", after, after));

        Assert.That(findings, Is.EquivalentTo(new[] { "request-property-type-generalized application/json $.p", "response-property-type-changed 200 application/json $.p" }));
    }

    [TestCase("application/json", "integer", "string")]
    [TestCase("application/x-www-form-urlencoded", "string", "integer")]
    public void Compare_RequestRetypedWhereTextDoesNotHelp_IsStillTypeChanged(string mediaType, string from, string to)
    {
        var findings = Diff(Bodies(mediaType, $"{{type: object, properties: {{n: {{type: {from}}}}}}}", "{type: string}"), Bodies(mediaType, $"{{type: object, properties: {{n: {{type: {to}}}}}}}", "{type: string}"));

        Assert.That(findings, Is.EqualTo(new[] { $"request-property-type-changed {mediaType} $.n" }));
    }

    [Test]
    public void Compare_ResponseMediaTypeGeneralizedAndBodyChanged_ReportsBothAtTheNewMediaType()
    {
        const string before = "{type: object, properties: {a: {type: string}, b: {type: string}}}";
        const string after = "{type: object, properties: {a: {type: string}}}";

        var findings = Diff(
            Bodies("application/json", "{type: string}", before),
            Bodies("application/json", "{type: string}", after, "application/*"));

        Assert.That(findings, Is.EquivalentTo(new[] { "response-media-type-name-generalized $", "response-optional-property-removed 200 application/* $.b" }));
    }
}
