using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Slicing;

public class SpecSlicerTests
{
    private static IEnumerable<TestCaseData> SlicedContracts() =>
        RepoPaths.Manifest.Contracts.Where(c => c.Upstream is { Operations.Count: > 0 })
            .Select(c => new TestCaseData(c.Name).SetName($"SliceMany_LatestAtlasSpec_MatchesTheCommittedFragment({c.Name})"));

    [TestCaseSource(nameof(SlicedContracts))]
    public void SliceMany_LatestAtlasSpec_MatchesTheCommittedFragment(string name)
    {
        var contract = RepoPaths.Manifest.Contract(name);
        var atlas = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));

        var slice = SpecSlicer.SliceMany(atlas, contract.Upstream!.Operations);

        Assert.That(JsonNode.DeepEquals(slice.Root, SpecLoader.Load(contract.Fragment.Full).Root), Is.True,
            $"{contract.Fragment.Relative} no longer matches the real spec: run `atlas-contract add ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --contract {name}`");
    }

    [Test]
    public void Slice_DiscriminatorMapping_CopiesTheMappedSchemasAndSkipsMissingOnes()
    {
        var spec = SpecLoader.Parse("""
            { "openapi": "3.0.1", "info": { "title": "t", "version": "1" },
              "paths": { "/a": { "get": { "operationId": "a", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Base" } } } } } } } },
              "components": { "schemas": {
                "Base": { "type": "object", "discriminator": { "propertyName": "k", "mapping": { "X": "#/components/schemas/X", "GONE": "#/components/schemas/Gone" } } },
                "X": { "allOf": [ { "$ref": "#/components/schemas/Base" } ] },
                "Unused": { "type": "object" } } } }
            """, "mapping.json");

        var schemas = SpecSlicer.Slice(spec, "a").Root["components"]!["schemas"]!.AsObject();

        Assert.That(schemas.Select(p => p.Key), Is.EqualTo(new[] { "Base", "X" }));
    }

    [Test]
    public void ByTag_RealSpec_EveryOperationOnceUnderItsFirstTag()
    {
        var atlas = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));

        var groups = SpecSlicer.ByTag(atlas);

        var all = groups.SelectMany(g => g.Operations).ToList();
        Assert.That(all, Is.Unique);
        Assert.That(all, Has.Count.EqualTo(atlas.Paths.Sum(p => p.Value!.AsObject().Count(m => m.Value?["operationId"] is not null))));
        Assert.That(groups.Single(g => g.Operations.Contains("listOrgUsers")).Tag, Is.EqualTo("MongoDB Cloud Users"));
    }

    [TestCase("2025-03-18", "listOrganizationInvitations")]
    [TestCase("2025-10-08", "listOrgInvites")]
    [TestCase("2026-07-31", "listOrgInvites")]
    [TestCase("2026-08-21", "listOrgInvites")]
    public void Slice_EachRealRevision_IsAValidStandaloneDocument(string revision, string operationId)
    {
        var atlas = SpecLoader.Load(RepoPaths.AtlasSpec(revision));

        var slice = SpecSlicer.Slice(atlas, operationId);

        Assert.That(SpecValidator.Validate(slice).Where(d => d.Severity == "error").Select(d => d.ToString()), Is.Empty);
        Assert.That(slice.Paths.Select(p => p.Key), Is.EqualTo(new[] { "/api/atlas/v2/orgs/{orgId}/invites" }));
        Assert.That(JsonNode.DeepEquals(slice.Component("schemas", "OrganizationInvitation"), atlas.Component("schemas", "OrganizationInvitation")), Is.True, "the slice must carry the schema exactly as the source has it");
        Assert.That(slice.Component("schemas", "OrganizationInvitationRequest"), Is.Null, "the slice pulled in a schema listOrgInvites does not use");
    }

    [Test]
    public void Slice_CyclicSchemas_TerminatesWithEachComponentOnce()
    {
        var document = SpecLoader.Parse(Documents.Cyclic, "cyclic.yaml");

        var slice = SpecSlicer.Slice(document, "a");

        Assert.That(slice.Root["components"]!["schemas"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "Node", "Other" }));
    }

    [Test]
    public void Slice_UnknownOperation_ThrowsNamingTheId()
    {
        var document = SpecLoader.Load(RepoPaths.V2Spec);

        var ex = Assert.Throws<SpecLoadException>(() => SpecSlicer.Slice(document, "nope"));

        Assert.That(ex!.Message, Does.Contain("'nope'").And.Contain("listOrgInvites.yaml"));
    }
}
