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
}
