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

    /// <summary>
    /// Each matcher of <see cref="Match"/> goes through the real pact_ffi: the core must take it as a matcher (the
    /// written body holds the example, not the matcher JSON) and record a rule of the expected kind at its path.
    /// </summary>
    [TestCase("integer", "integer", "1")]
    [TestCase("decimal", "decimal", "1.5")]
    [TestCase("number", "number", "2")]
    [TestCase("boolean", "boolean", "true")]
    [TestCase("equality", "equality", "\"x\"")]
    [TestCase("include", "include", "\"x\"")]
    [TestCase("type", "type", "\"x\"")]
    [TestCase("regex", "regex", "\"ab\"")]
    [TestCase("datetime", "datetime", "\"2025-05-04T09:42:00+00:00\"")]
    [TestCase("timestamp", "datetime", "\"2025-05-04T09:42:00+00:00\"")]
    [TestCase("eachLike", "type", "[3]")]
    public async Task Matchers_EachReachesTheCoreAsItsRule(string matcher, string recorded, string example)
    {
        JsonNode node = matcher switch
        {
            "integer" => Match.Integer(1),
            "decimal" => Match.Decimal(1.5),
            "number" => Match.Number(2),
            "boolean" => Match.Boolean(true),
            "equality" => Match.Equality(JsonValue.Create("x")!),
            "include" => Match.Include("x"),
            "type" => Match.Type(JsonValue.Create("x")!),
            "regex" => Match.Regex("ab", "^[a-z]+$"),
            "datetime" => Match.DateTime("2025-05-04T09:42:00+00:00"),
            "timestamp" => Match.Timestamp("2025-05-04T09:42:00+00:00"),
            _ => Match.EachLike(JsonValue.Create(3)!, min: 1),
        };
        var dir = Directory.CreateTempSubdirectory("pact-matchers-").FullName;
        try
        {
            var pact = new PactBuilder("matchers-consumer", "matchers-provider", dir);
            pact.UponReceiving("a thing").WithRequest("GET", "/thing").WillRespond().WithStatus(200).WithJsonBody(new JsonObject { ["v"] = node });
            await pact.VerifyAsync(async uri =>
            {
                using var http = new HttpClient { BaseAddress = uri };
                using var response = await http.GetAsync("/thing");
                var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["v"];
                Assert.That(JsonNode.DeepEquals(served, JsonNode.Parse(example)), Is.True, $"the mock server serves the example, not {served?.ToJsonString()}");
            });

            var written = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "matchers-consumer-matchers-provider.json")))!["interactions"]![0]!["response"]!;
            var rule = written["matchingRules"]?["body"]?["$.v"]?["matchers"]?[0];

            Assert.That(JsonNode.DeepEquals(written["body"]!["content"]!["v"], JsonNode.Parse(example)), Is.True, $"the pact records the example, not {written["body"]!["content"]!["v"]?.ToJsonString()}");
            Assert.That(rule?["match"]?.GetValue<string>(), Is.EqualTo(recorded), $"the core's rule at $.v: {rule?.ToJsonString()}");
            if (matcher is "datetime" or "timestamp")
            {
                Assert.That(rule!["format"]?.GetValue<string>(), Is.EqualTo("yyyy-MM-dd'T'HH:mm:ssXXX"));
            }

            if (matcher == "regex")
            {
                Assert.That(rule!["regex"]?.GetValue<string>(), Is.EqualTo("^[a-z]+$"));
            }

            if (matcher == "eachLike")
            {
                Assert.That(rule!["min"]?.GetValue<int>(), Is.EqualTo(1));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
