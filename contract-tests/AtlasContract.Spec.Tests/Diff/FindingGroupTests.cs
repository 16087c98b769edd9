using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Diff;

public class FindingGroupTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SpecDocument Doc(string errorDetail) => SpecLoader.Parse($$"""
        openapi: 3.0.1
        info: { title: t, version: '1' }
        paths:
          /a:
            get:
              operationId: a
              responses:
                '404': { description: no, content: { application/json: { schema: { $ref: '#/components/schemas/ApiError' } } } }
                '500': { description: no, content: { application/json: { schema: { $ref: '#/components/schemas/ApiError' } } } }
          /b:
            get:
              operationId: b
              responses:
                '404': { description: no, content: { application/json: { schema: { $ref: '#/components/schemas/ApiError' } } } }
              deprecated: true
        components:
          schemas:
            ApiError: { type: object, properties: { detail: {{errorDetail}} } }
        """, "doc.yaml");

    [Test]
    public void Groups_SharedSchemaChange_IsOneGroupListingEveryOperationAndStatus()
    {
        var report = SpecDiff.Compare(Doc("{ type: string }"), Doc("{ type: string, nullable: true }"), today: Today);

        var group = report.Groups.Single();
        Assert.That(group.RuleId, Is.EqualTo("response-optional-property-became-nullable"));
        Assert.That(group.Where, Is.EqualTo("#/components/schemas/ApiError $.detail"));
        Assert.That(group.Operations, Is.EqualTo(new[] { "GET /a", "GET /b" }));
        Assert.That(group.Findings.Select(f => $"{f.Operation} {f.Status}"), Is.EquivalentTo(new[] { "GET /a 404", "GET /a 500", "GET /b 404" }));
    }

    [Test]
    public void Groups_ValuesAddedAtOnePlace_AreOneGroupWithEveryValue()
    {
        var report = SpecDiff.Compare(Doc("{ type: string, enum: [A] }"), Doc("{ type: string, enum: [A, B, C] }"), today: Today);

        var group = report.Groups.Single();
        Assert.That(group.Values, Is.EqualTo(new[] { "\"B\"", "\"C\"" }));
        Assert.That(group.Findings, Has.Count.EqualTo(6));
    }

    [Test]
    public void Groups_SharedSchemaBodyHereAndPropertyThere_IsOneGroupOfBothIds()
    {
        static SpecDocument Kinds(string values) => SpecLoader.Parse($$"""
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths:
              /kind:
                put:
                  operationId: putKind
                  requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Kind' } } } }
                  responses: { '204': { description: done } }
              /item:
                post:
                  operationId: postItem
                  requestBody: { content: { application/json: { schema: { type: object, properties: { kind: { $ref: '#/components/schemas/Kind' } } } } } }
                  responses: { '204': { description: done } }
            components:
              schemas:
                Kind: { type: string, enum: {{values}} }
            """, "doc.yaml");

        var report = SpecDiff.Compare(Kinds("[A, B]"), Kinds("[A]"), today: Today);

        var group = report.Groups.Single();
        Assert.That(group.Findings.Select(f => $"{f.RuleId} {f.Operation}"), Is.EquivalentTo(new[] { "request-body-enum-value-removed PUT /kind", "request-property-enum-value-removed POST /item" }));
        Assert.That(group.Where, Is.EqualTo("#/components/schemas/Kind $"));
    }

    [Test]
    public void Groups_ErrComeFirst()
    {
        var report = SpecDiff.Compare(Doc("{ type: string, enum: [A] }"), Doc("{ type: integer }"), today: Today);

        Assert.That(report.Groups.Select(g => g.Level), Is.Ordered.Descending);
    }

    [Test]
    public void Groups_ParameterAddedOnThePathItem_IsOneGroupNamingEveryOperation()
    {
        string Fixture(string side) => Path.Combine(AppContext.BaseDirectory, "Diff", "Fixtures", $"new-required-request-default-parameter-to-existing-path_{side}.yaml");

        var report = SpecDiff.Compare(SpecLoader.Load(Fixture("base")), SpecLoader.Load(Fixture("revision")), today: Today);

        Assert.That(report.Findings, Has.Count.EqualTo(2));
        Assert.That(report.Groups, Has.Count.EqualTo(1));
        Assert.That(report.Groups[0].Operations, Is.EquivalentTo(new[] { "GET /api/atlas/v2/items", "DELETE /api/atlas/v2/items" }));
        Assert.That(report.Findings.Select(f => f.Location).Distinct(), Is.EqualTo(new[] { "#/paths/~1api~1atlas~1v2~1items/parameters" }));
    }

    [TestCase("2025-10-08", "2026-07-31", 14064, 518, 41)]
    [TestCase("2026-07-31", "2026-08-21", 398, 92, 20)]
    public void Groups_OfRealRevisions_ArePinned(string from, string to, int findings, int groups, int errGroups)
    {
        var report = SpecDiff.Compare(SpecLoader.Load(RepoPaths.AtlasSpec(from)), SpecLoader.Load(RepoPaths.AtlasSpec(to)), today: Today);

        Assert.That(report.Findings, Has.Count.EqualTo(findings));
        Assert.That(report.Groups, Has.Count.EqualTo(groups));
        Assert.That(report.Groups.Count(g => g.Level == Level.Err), Is.EqualTo(errGroups));
        Assert.That(report.Groups.Sum(g => g.Findings.Count), Is.EqualTo(findings), "every finding is in exactly one group");
        Assert.That(report.Groups.Select(g => g.Where).Concat(report.Findings.Select(f => f.Message)), Has.None.Contains("{operation}").And.None.Contains("{path}"), "a template placeholder left in a report");
    }
}
