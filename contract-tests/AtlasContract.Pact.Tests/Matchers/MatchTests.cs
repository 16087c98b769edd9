using System.Text.Json.Nodes;

namespace AtlasContract.Pact.Tests.Matchers;

public class MatchTests
{
    [Test]
    public void Regex_ExampleNotMatching_IsRefused()
    {
        var ex = Assert.Throws<PactException>(() => Match.Regex("not-hex", "^[a-f0-9]{24}$"));

        Assert.That(ex!.Message, Does.Contain("does not match its own regex"));
    }

    [Test]
    public void Regex_EmptyRegex_IsRefused()
    {
        Assert.Throws<PactException>(() => Match.Regex("x", string.Empty));
    }

    [Test]
    public void EachLike_MinTwo_RepeatsTheTemplateAndRecordsMin()
    {
        var node = Match.EachLike(JsonValue.Create("x")!, min: 2);

        Assert.That(node.ToJsonString(), Is.EqualTo("""{"pact:matcher:type":"type","value":["x","x"],"min":2}"""));
    }

    [Test]
    public void EachLike_MinZero_KeepsOneExample()
    {
        Assert.That(Match.EachLike(JsonValue.Create(1)!, min: 0)["value"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [TestCase("integer")]
    [TestCase("decimal")]
    [TestCase("number")]
    [TestCase("boolean")]
    [TestCase("equality")]
    [TestCase("include")]
    [TestCase("datetime")]
    [TestCase("timestamp")]
    public void Matchers_EachProducesAKnownCoreType(string type)
    {
        JsonNode node = type switch
        {
            "integer" => Match.Integer(1),
            "decimal" => Match.Decimal(1.5),
            "number" => Match.Number(2),
            "boolean" => Match.Boolean(true),
            "equality" => Match.Equality(JsonValue.Create("x")!),
            "include" => Match.Include("x"),
            "datetime" => Match.DateTime("2025-05-04T09:42:00Z"),
            _ => Match.Timestamp("2025-05-04T09:42:00Z"),
        };

        Assert.That(node["pact:matcher:type"]!.GetValue<string>(), Is.EqualTo(type));
        Assert.DoesNotThrow(() => MatcherRules.Validate(node, "test"));
    }
}
