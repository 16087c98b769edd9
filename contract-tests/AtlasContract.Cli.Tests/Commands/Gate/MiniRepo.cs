using AtlasContract.Tests.Shared;

namespace AtlasContract.Cli.Tests.Commands.Gate;

/// <summary>
/// A small git repository of its own (not this one) with two contracts, a pact and a compat pair, committed on
/// <c>main</c> and checked out on a <c>feature</c> branch: the change under review is what a test edits next.
/// </summary>
internal sealed class MiniRepo : IDisposable
{
    public const string Today = "2026-12-02";

    private const string Manifest = """
        contracts:
          - name: things
            fragment: spec/things.yaml
            upstream: { operations: [listThings] }
            pacts: [pacts/shop-things.json]
          - name: widgets
            fragment: spec/widgets.yaml
            pacts: [pacts/shop-widgets.json]
        compat:
          - old: things
            new: widgets
            oldOperation: listThings
            newOperation: listWidgets
        sunset:
          warnDays: 180
        levels: {}
        allow: []

        """;

    private readonly DirectoryInfo _parent = Directory.CreateTempSubdirectory("atlas-gate-policy-");

    public MiniRepo()
    {
        Root = Path.Combine(_parent.FullName, "repo");
        Write("contract-gate.yaml", Manifest);
        Write("spec/things.yaml", Fragment("things", "listThings"));
        Write("spec/widgets.yaml", Fragment("widgets", "listWidgets"));
        Write("pacts/shop-things.json", Pact("things"));
        Write("pacts/shop-widgets.json", Pact("widgets"));
        Git("init", "-q", "-b", "main");
        Commit("baseline");
        Git("checkout", "-q", "-b", "feature");
    }

    public string Root { get; }

    /// <summary>The gate on the feature branch against main, on a fixed date, with no generated code to check.</summary>
    public (int Exit, string Out, string Err) Gate(params string[] extra) =>
        CliRunner.Run(["gate", "--root", Root, "--baseline-ref", "main", "--today", Today, "--report-dir", Path.Combine(Root, "artifacts", "gate"), .. extra]);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Edit(string relative, string find, string replace)
    {
        var text = Read(relative);
        Assert.That(text, Does.Contain(find), relative);
        Write(relative, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Commits everything on the current branch.</summary>
    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
    }

    public string Git(params string[] args)
    {
        var (exit, output) = ProcessRunner.Run("git", args, Root);
        Assert.That(exit, Is.EqualTo(0), $"git {string.Join(' ', args)}: {output}");
        return output;
    }

    public void Dispose() => _parent.Delete(recursive: true);

    /// <summary>The break the tests make: the required id of a thing may now be null (ERR response-property-became-nullable).</summary>
    public void MakeIdNullable() => Edit("spec/things.yaml", "        id:\n          type: string\n", "        id:\n          type: string\n          nullable: true\n");

    private static string Fragment(string resource, string operationId) => $$"""
        openapi: 3.0.1
        info:
          title: {{resource}}
          version: "1.0"
        paths:
          /api/{{resource}}:
            get:
              operationId: {{operationId}}
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/Item'
        components:
          schemas:
            Item:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                name:
                  type: string

        """;

    private static string Pact(string resource) => $$"""
        {
          "consumer": { "name": "shop" },
          "provider": { "name": "{{resource}}-api" },
          "interactions": [
            {
              "type": "Synchronous/HTTP",
              "description": "a list of {{resource}}",
              "request": { "method": "GET", "path": "/api/{{resource}}", "headers": { "Accept": ["application/json"] } },
              "response": {
                "status": 200,
                "headers": { "Content-Type": ["application/json"] },
                "body": { "contentType": "application/json", "encoded": false, "content": [ { "id": "a1", "name": "first" } ] },
                "matchingRules": { "body": { "$": { "combine": "AND", "matchers": [ { "match": "type", "min": 1 } ] } } }
              }
            }
          ],
          "metadata": { "pactSpecification": { "version": "4.0" } }
        }

        """;
}
