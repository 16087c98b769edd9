using System.Text.Json.Nodes;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests.Commands;

/// <summary>verify-pact's exit codes and reports: ERR fails, WARN passes; json and sarif carry each problem's code and place.</summary>
public class VerifyPactCommandTests
{
    /// <summary>POST /orders taking a JSON order (sku required) or any XML.</summary>
    private const string Spec = """
        { "openapi": "3.0.1", "info": { "title": "t", "version": "1" }, "paths": { "/orders": { "post": {
          "requestBody": { "content": { "application/json": { "schema": { "type": "object", "required": ["sku"], "properties": { "sku": { "type": "string" } } } },
                                        "application/xml": { "schema": { "type": "object" } } } },
          "responses": { "201": { "description": "created" } } } } } }
        """;

    private static string Pact(string contentType, string body) => $$"""
        { "consumer": { "name": "c" }, "provider": { "name": "p" },
          "interactions": [
            { "type": "Synchronous/HTTP", "description": "an order",
              "request": { "method": "POST", "path": "/orders", "headers": { "Content-Type": ["{{contentType}}"] }, "body": { "content": {{body}}, "contentType": "{{contentType}}" } },
              "response": { "status": 201 } } ] }
        """;

    [Test]
    public void Run_JsonFormat_ListsCodeLevelAndPointers()
    {
        var (exit, output, _) = Run("verify-pact", Temp("p.json", Pact("application/json", """{ "qty": 1 }""")), "--spec", Temp("s.json", Spec), "--format", "json");

        var problem = JsonNode.Parse(output)!["pacts"]![0]!["problems"]![0]!;
        Assert.That(exit, Is.EqualTo(1));
        Assert.That((problem["code"]!.ToString(), problem["level"]!.ToString(), problem["pactPointer"]!.ToString(), problem["specLocation"]!.ToString()),
            Is.EqualTo(("request.body.incompatible", "ERR", "/interactions/0/request/body", "#/paths/~1orders/post/requestBody/content/application~1json/schema")));
    }

    [Test]
    public void Run_SarifFormat_UsesTheCodeAsRuleAtTheInteractionsLine()
    {
        var (_, output, _) = Run("verify-pact", Temp("p.json", Pact("application/json", """{ "qty": 1 }""")), "--spec", Temp("s.json", Spec), "--format", "sarif");

        var result = JsonNode.Parse(output)!["runs"]![0]!["results"]![0]!;
        Assert.That(result["ruleId"]!.ToString(), Is.EqualTo("request.body.incompatible"));
        Assert.That(result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public void Run_OnlyAWarning_PassesAndPrintsIt()
    {
        var (exit, output, _) = Run("verify-pact", Temp("p.json", Pact("application/xml", "\"<order/>\"")), "--spec", Temp("s.json", Spec));

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("WARN an order: POST /orders: request body in 'application/xml' could not be validated").And.Contain("0 problems, 1 warnings"));
    }

    [Test]
    public void Run_RequiredParameterWithoutAName_Exits2WithOneLine()
    {
        var spec = Temp("s.yaml", "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths: { /a: { get: { parameters: [ { in: query, required: true } ], responses: { '200': { description: ok } } } } }\n");
        var pact = Temp("p.json", """{ "consumer": { "name": "c" }, "provider": { "name": "p" }, "interactions": [ { "description": "d", "request": { "method": "GET", "path": "/a" }, "response": { "status": 200 } } ] }""");

        var (exit, _, err) = Run("verify-pact", pact, "--spec", spec);

        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err, Does.Contain("#/paths/~1a/get/parameters/0: a parameter has no 'name'"));
    }
}
