using static AtlasContract.Codegen.Tests.Emit.PagingFixtures;

namespace AtlasContract.Codegen.Tests.Emit;

public class PagingDetectorTests
{
    [Test]
    public void Find_ReferencedPagingParametersAndEnvelope_PagedWithItsBounds()
    {
        var paged = PagingDetector.Find(Fragment($"{PageSize}, {PageNum}, {IncludeCount}", Envelope)).Single();

        Assert.That(paged, Is.EqualTo(new PagedOperation("listWidgets", "get", "/api/atlas/v2/groups/{groupId}/widgets", true, true, 50, 200, "Widget")));
    }

    [Test]
    public void Find_PagingParametersOnThePathItem_Paged()
    {
        var paged = PagingDetector.Find(Fragment(IncludeCount, Envelope, pathParameters: $"[{PageSize}, {PageNum}]"));

        Assert.That(paged.Select(p => p.OperationId), Is.EqualTo(new[] { "listWidgets" }));
    }

    [Test]
    public void Find_ResultsThroughAllOfWithoutCountOrIncludeCount_PagedWithoutThem()
    {
        var paged = PagingDetector.Find(Fragment($"{PageSize}, {PageNum}", """{"allOf":[{"$ref":"#/components/schemas/WidgetList"}]}""")).Single();

        Assert.That((paged.HasIncludeCount, paged.HasTotalCount, paged.ItemRef), Is.EqualTo((false, false, "Widget")));
    }

    [Test]
    public void Find_InlineEnvelopeAndPlainJson_Paged()
    {
        var paged = PagingDetector.Find(Fragment($"{PageSize}, {PageNum}", """{"type":"object","properties":{"results":{"type":"array","items":{"type":"string"}}}}""", mediaType: "application/json")).Single();

        Assert.That(paged.ItemRef, Is.Null);
    }

    [Test]
    public void Find_ResultsWithoutPageNum_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment($"{PageSize}, {IncludeCount}", Envelope)), Is.Empty);
    }

    [Test]
    public void Find_ResultsWithoutItemsPerPage_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment(PageNum, Envelope)), Is.Empty);
    }

    [Test]
    public void Find_PagingParametersButBareArray_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment($"{PageSize}, {PageNum}", """{"type":"array","items":{"$ref":"#/components/schemas/Widget"}}""")), Is.Empty);
    }

    [Test]
    public void Find_ResultsNotAnArray_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment($"{PageSize}, {PageNum}", """{"type":"object","properties":{"results":{"$ref":"#/components/schemas/Widget"}}}""")), Is.Empty);
    }

    [Test]
    public void Find_EnvelopeWithoutResults_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment($"{PageSize}, {PageNum}", """{"$ref":"#/components/schemas/Paged"}""")), Is.Empty);
    }

    [Test]
    public void Find_PageNumAsAHeader_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment(PageSize + """, {"name":"pageNum","in":"header","schema":{"type":"integer"}}""", Envelope)), Is.Empty);
    }

    [Test]
    public void Find_EnvelopeOnlyInANonJsonResponse_NotPaged()
    {
        Assert.That(PagingDetector.Find(Fragment($"{PageSize}, {PageNum}", Envelope, mediaType: "application/gzip")), Is.Empty);
    }
}
