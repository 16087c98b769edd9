using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Spec.Tests.Slicing;

public class OperationIdsTests
{
    private static readonly string[] Ids = ["deleteGroup", "listGroupClusters", "createGroupClusterBackupExport", "createGroupCluster", "getOrgUser"];

    [Test]
    public void Closest_ShortenedId_IdsHoldingItsLettersShortestFirst()
    {
        Assert.That(OperationIds.Closest(Ids, "createCluster"), Is.EqualTo(new[] { "createGroupCluster", "createGroupClusterBackupExport" }));
    }

    [Test]
    public void Closest_Typo_TheIdTwoEditsAway()
    {
        Assert.That(OperationIds.Closest(Ids, "listGroupClustrs"), Is.EqualTo(new[] { "listGroupClusters" }));
    }

    [Test]
    public void Closest_OtherCase_Found()
    {
        Assert.That(OperationIds.Closest(Ids, "GETORGUSER"), Is.EqualTo(new[] { "getOrgUser" }));
    }

    [Test]
    public void Closest_NothingAlike_None()
    {
        Assert.That(OperationIds.Closest(Ids, "rotateKeys"), Is.Empty);
    }

    [Test]
    public void Slice_UnknownOperationId_OneLineNamingTheLikelyIds()
    {
        var spec = SpecLoader.Parse("""
            openapi: 3.0.3
            info: { title: t, version: '1' }
            paths:
              /groups/{groupId}/clusters:
                get: { operationId: listGroupClusters, responses: { '204': { description: ok } } }
                post: { operationId: createGroupCluster, responses: { '204': { description: ok } } }
            """, "atlas.yaml");

        var error = Assert.Throws<SpecLoadException>(() => SpecSlicer.Slice(spec, "createCluster"))!;

        Assert.That(error.Message, Does.Contain("no operation with operationId 'createCluster' (did you mean createGroupCluster?)"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }
}
