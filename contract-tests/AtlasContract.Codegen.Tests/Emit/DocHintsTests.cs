using System.Text.Json.Nodes;

namespace AtlasContract.Codegen.Tests.Emit;

public class DocHintsTests
{
    [Test]
    public void Mark_ReadOnlyAndWriteOnlyAtAnyDepth_AddsTheHints()
    {
        var spec = JsonNode.Parse("""{"components":{"schemas":{"A":{"properties":{"id":{"type":"string","readOnly":true},"secret":{"type":"string","writeOnly":true},"list":{"type":"array","items":{"properties":{"n":{"readOnly":false}}}}}}}}}""");

        DocHints.Mark(spec);

        var a = spec!["components"]!["schemas"]!["A"]!["properties"]!;
        Assert.That(a["id"]!["x-atlas-read-only"]?.GetValue<bool>(), Is.True);
        Assert.That(a["secret"]!["x-atlas-write-only"]?.GetValue<bool>(), Is.True);
        Assert.That(a["id"]!["x-atlas-write-only"], Is.Null);
        Assert.That(a["list"]!["items"]!["properties"]!["n"]!["x-atlas-read-only"], Is.Null);
    }
}
