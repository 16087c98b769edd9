using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Spec.Upstream;

namespace AtlasContract.Spec.Tests.Upstream;

public class UpstreamCheckTests
{
    private const string Manifest = """
        contracts:
          - name: things
            fragment: spec/things.yaml
            upstream: { operations: [listThings] }
            pacts: [pacts/shop-things.json]

        """;

    private const string Pact = """
        {
          "consumer": { "name": "shop" },
          "provider": { "name": "things-api" },
          "interactions": [
            {
              "type": "Synchronous/HTTP",
              "description": "a list of things",
              "request": { "method": "GET", "path": "/api/things" },
              "response": {
                "status": 200,
                "headers": { "Content-Type": ["application/json"] },
                "body": { "contentType": "application/json", "encoded": false, "content": [ { "id": "a1", "name": "first" } ] }
              }
            }
          ],
          "metadata": { "pactSpecification": { "version": "4.0" } }
        }
        """;

    private static string Fragment(string properties) => $$"""
        openapi: 3.0.1
        info: { title: things, version: "1.0" }
        paths:
          /api/things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          type: object
                          properties:
        {{properties}}
        """;

    private const string IdAndName = "                    id: { type: string }\n                    name: { type: string }\n";

    [Test]
    public void Run_SourcesGiven_ReadsFragmentAndPactsFromThemNotFromDisk()
    {
        var folder = Path.Combine(Path.GetTempPath(), "upstream-no-files-" + Guid.NewGuid().ToString("N"));
        var manifest = ContractManifest.FromBaseline(SpecLoader.Parse(Manifest, "contract-gate.yaml").Root, "contract-gate.yaml", folder);
        var fragment = SpecLoader.Parse(Fragment(IdAndName), "spec/things.yaml");
        var interactions = PactFile.Parse(JsonNode.Parse(Pact)!.AsObject(), "pacts/shop-things.json").Interactions;
        var asked = new List<string>();
        var sources = new ContractSources(
            c => { asked.Add(c.Fragment.Relative); return fragment; },
            p => { asked.Add(p.Relative); return interactions; });
        var full = SpecLoader.Parse(Fragment("                    id: { type: string }\n"), "full.yaml");

        var results = UpstreamCheck.Run(manifest, full, new DateOnly(2026, 12, 2), sources: sources);

        Assert.That(asked, Is.EqualTo(new[] { "spec/things.yaml", "pacts/shop-things.json" }), "each read once, through the sources");
        var removed = results.Single().Findings.Single();
        Assert.That((removed.Finding.JsonPath, removed.Verdict, removed.Fails), Is.EqualTo(("200 application/json $[*].name", Level.Err, true)), "the pact reads name: its removal breaks this consumer");
    }
}
