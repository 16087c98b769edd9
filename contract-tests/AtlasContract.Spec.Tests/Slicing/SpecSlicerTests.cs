using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Slicing;

public class SpecSlicerTests
{
    [Test]
    public void Slice_LatestAtlasSpec_MatchesTheBundledV2Fragment()
    {
        var atlas = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));
        var bundled = SpecLoader.Load(RepoPaths.V2Spec);

        var slice = SpecSlicer.Slice(atlas, "listOrgInvites");

        Assert.That(JsonNode.DeepEquals(slice.Root, bundled.Root), Is.True,
            "spec/atlas-v2/listOrgInvites.yaml no longer matches the real spec: run `atlas-contract slice ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --operation listOrgInvites --output spec/atlas-v2/listOrgInvites.yaml`");
    }

    [Test]
    public void Slice_LatestAtlasSpec_MatchesTheBundledListOrgUsersFragment()
    {
        var atlas = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));
        var bundled = SpecLoader.Load(RepoPaths.Manifest.Contract("atlas-v2-users").Fragment.Full);

        var slice = SpecSlicer.Slice(atlas, "listOrgUsers");

        Assert.That(JsonNode.DeepEquals(slice.Root, bundled.Root), Is.True,
            "spec/atlas-v2/listOrgUsers.yaml no longer matches the real spec: run `atlas-contract slice ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --operation listOrgUsers --output spec/atlas-v2/listOrgUsers.yaml`");
        Assert.That(bundled.Root["paths"]!["/api/atlas/v2/orgs/{orgId}/users"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key),
            Is.EqualTo(new[] { "application/vnd.atlas.2023-01-01+json", "application/vnd.atlas.2025-02-19+json" }), "both published versions, as spec/README.md explains");
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
