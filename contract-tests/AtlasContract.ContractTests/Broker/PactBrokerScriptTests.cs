using System.Text;
using System.Text.Json.Nodes;
using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Broker;

/// <summary>
/// `.ci/pact-broker` drives the pinned pact CLI against a Pact Broker. No broker runs here: the CLI talks to a
/// loopback HTTP recorder that answers like a broker (HAL index, publish, matrix), and the tests check what it sent.
/// </summary>
public class PactBrokerScriptTests
{
    private const string Token = "broker-token-xyz";
    private static readonly string[] Pacts = Directory.GetFiles(RepoPaths.File("contract-tests", "pacts"), "*.json").Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void PactBroker_BrokerAndToken_PublishesEveryPactThenAsksCanIDeploy()
    {
        using var broker = Broker(deployable: true);

        var (exit, output) = RunScript(broker.Server.BaseUri.ToString().TrimEnd('/'), Token);

        Assert.That(exit, Is.EqualTo(0), output);
        var requests = broker.Server.Requests.ToList();
        Assert.That(requests.Select(r => r.Headers.GetValueOrDefault("Authorization")), Has.All.EqualTo($"Bearer {Token}"));
        var published = requests.Where(r => r.Method == "POST" && r.Path == "/contracts/publish").Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.That(published.Select(p => ((string?)p["pacticipantName"], (string?)p["pacticipantVersionNumber"], (string?)p["branch"])), Has.All.EqualTo(("AtlasContract.Client", "1.2.3-test", "feature/x")));
        var contents = published.SelectMany(p => p["contracts"]!.AsArray()).Select(c => JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String((string)c!["content"]!))));
        Assert.That(contents.Select(c => (string?)c!["provider"]!["name"]).Order(), Is.EqualTo(Pacts.Select(p => (string?)JsonNode.Parse(File.ReadAllText(p))!["provider"]!["name"]).Order()));
        foreach (var (content, file) in contents.OrderBy(c => (string?)c!["provider"]!["name"]).Zip(Pacts.OrderBy(p => (string?)JsonNode.Parse(File.ReadAllText(p))!["provider"]!["name"])))
        {
            // The CLI re-serialises the pact and records its own models version in metadata.pactRust: all else is the committed pact.
            var committed = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            foreach (var key in new[] { "consumer", "provider", "interactions" })
            {
                Assert.That(JsonNode.DeepEquals(content![key], committed[key]), Is.True, $"{key} of {file} published as committed");
            }
        }

        var matrix = requests.Single(r => r.Path == "/matrix");
        Assert.That(Uri.UnescapeDataString(matrix.Query), Does.Contain("q[][pacticipant]=AtlasContract.Client").And.Contain("q[][version]=1.2.3-test").And.Contain("environment=staging"));
        Assert.That(requests.FindIndex(r => r.Path == "/matrix"), Is.GreaterThan(requests.FindLastIndex(r => r.Path == "/contracts/publish")), "can-i-deploy after publishing");
        Assert.That(output, Does.Not.Contain(Token));
    }

    [Test]
    public void PactBroker_BrokerSaysNotDeployable_FailsNamingTheVersion()
    {
        using var broker = Broker(deployable: false);

        var (exit, output) = RunScript(broker.Server.BaseUri.ToString().TrimEnd('/'), Token);

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("AtlasContract.Client 1.2.3-test cannot be deployed to staging"));
    }

    [Test]
    public void PactBroker_NoBrokerUrl_SaysItSkippedAndPasses()
    {
        var (exit, output) = RunScript(brokerUrl: null, token: null);

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("pact-broker: skipped: PACT_BROKER_BASE_URL is not set"));
    }

    [Test]
    public void PactBroker_BrokerUrlWithoutCredentials_ExitsTwo()
    {
        var (exit, output) = RunScript("http://127.0.0.1:9", token: null);

        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("neither PACT_BROKER_TOKEN"));
    }

    private static (int Exit, string Output) RunScript(string? brokerUrl, string? token) =>
        ProcessRunner.Run("bash", [RepoPaths.File(".ci", "pact-broker")], RepoPaths.Root, new Dictionary<string, string?>
        {
            ["PACT_BROKER_BASE_URL"] = brokerUrl,
            ["PACT_BROKER_TOKEN"] = token,
            ["PACT_BROKER_USERNAME"] = null,
            ["PACT_BROKER_PASSWORD"] = null,
            ["PACT_CONSUMER_VERSION"] = "1.2.3-test",
            ["PACT_CONSUMER_BRANCH"] = "feature/x",
            ["PACT_DEPLOY_TO"] = "staging",
            ["PACT_BROKER_HTTP_RETRIES"] = "0",
        }, TimeSpan.FromMinutes(2));

    /// <summary>A recorder answering as a Pact Broker does: the HAL index, publication, the can-i-deploy matrix.</summary>
    private static BrokerRecorder Broker(bool deployable) => new(deployable);

    private sealed class BrokerRecorder : IDisposable
    {
        private LoopbackServer? _server;

        public BrokerRecorder(bool deployable)
        {
            _server = new LoopbackServer(r => Answer(r, deployable));
        }

        public LoopbackServer Server => _server!;

        private CannedResponse Answer(RecordedRequest request, bool deployable)
        {
            var root = Server.BaseUri.ToString().TrimEnd('/');
            var body = request.Path switch
            {
                "/" => new JsonObject { ["_links"] = new JsonObject { ["pb:publish-contracts"] = new JsonObject { ["href"] = $"{root}/contracts/publish" } } },
                "/contracts/publish" => new JsonObject { ["logs"] = new JsonArray(new JsonObject { ["level"] = "info", ["message"] = "published" }), ["_links"] = new JsonObject() },
                "/matrix" => new JsonObject
                {
                    ["summary"] = new JsonObject { ["deployable"] = deployable, ["reason"] = deployable ? "all verified" : "no verification results", ["success"] = deployable ? 2 : 0, ["failed"] = 0, ["unknown"] = deployable ? 0 : 2 },
                    ["matrix"] = new JsonArray(),
                    ["_links"] = new JsonObject(),
                },
                _ => null,
            };
            return body is null ? new CannedResponse(404, "{}", "application/hal+json") : new CannedResponse(200, body.ToJsonString(), "application/hal+json");
        }

        public void Dispose() => _server?.Dispose();
    }
}
