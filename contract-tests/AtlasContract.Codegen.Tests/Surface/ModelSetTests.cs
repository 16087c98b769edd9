using System.Text.Json.Nodes;

namespace AtlasContract.Codegen.Tests.Surface;

/// <summary>
/// One model set per API surface, on fragments of our own: a schema two fragments share is generated once, one they
/// define differently is renamed in the later contract only (and what depends on it follows), and the split of the
/// generated code keeps each client in its file and every model once in the surface's file.
/// </summary>
public class ModelSetTests
{
    private const string Error = "{ type: object, required: [code], properties: { code: { type: integer }, detail: { type: string, description: 'DESC' } } }";
    private const string Page = "{ type: object, properties: { error: { $ref: '#/components/schemas/Error' }, description: { type: string } } }";

    private DirectoryInfo _root = null!;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("atlas-modelset-tests-");

    [TearDown]
    public void RemoveFolder() => _root.Delete(recursive: true);

    [Test]
    public void Prepare_SchemaIdenticalButForItsDocumentation_SharedWithoutRename()
    {
        var items = new[] { Item("first", Fragment("a", Error, Page)), Item("second", Fragment("b", Error.Replace("DESC", "other words", StringComparison.Ordinal), Page)) };

        var renames = ModelSet.Prepare(items, Work);

        Assert.That(renames.Values.SelectMany(r => r), Is.Empty);
        Assert.That(Schemas("second").Select(s => s.Key), Is.EquivalentTo(new[] { "Error", "Page" }));
    }

    [Test]
    public void Prepare_SchemaDefinedDifferently_RenamedInTheLaterContractWithWhatRefersToIt()
    {
        var other = Error.Replace("required: [code]", "required: [code, detail]", StringComparison.Ordinal);
        var items = new[] { Item("first", Fragment("a", Error, Page)), Item("later-one", Fragment("b", other, Page)) };

        var renames = ModelSet.Prepare(items, Work);

        Assert.That(renames["first"], Is.Empty);
        Assert.That(renames["later-one"], Is.EqualTo(new Dictionary<string, string> { ["Error"] = "LaterOneError", ["Page"] = "LaterOnePage" }));
        Assert.That(Schemas("first").Select(s => s.Key), Is.EquivalentTo(new[] { "Error", "Page" }));
        Assert.That(Schemas("later-one")["LaterOnePage"]!["properties"]!["error"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/LaterOneError"));
    }

    /// <summary>
    /// The first contract was generated with a hand-written setting for the shared schema (an extensible string
    /// property); the later one, added with the defaults, gets the same model, not a prefixed copy.
    /// </summary>
    [Test]
    public void Prepare_SharedSchemaTunedByAnotherContractOfTheSurface_TransformedAlikeAndShared()
    {
        const string Tuned = "{ \"extensibleStrings\": [ { \"schema\": \"Error\", \"property\": \"detail\", \"typeName\": \"ErrorDetail\" } ] }";
        var items = new[] { Item("first", Fragment("a", Error, Page), Tuned), Item("added-later", Fragment("b", Error, Page)) };

        var renames = ModelSet.Prepare(items, Work);

        Assert.That(renames.Values.SelectMany(r => r), Is.Empty);
        Assert.That(JsonNode.DeepEquals(Schemas("added-later")["Error"], Schemas("first")["Error"]), Is.True);
    }

    [Test]
    public void Finish_SameModelFromTwoContracts_ModelFileHoldsItOnceAndClientsOnlyTheirClients()
    {
        var items = new[] { Item("first", Fragment("a", Error, Page)), Item("second", Fragment("b", Error, Page)) };
        Generated("first", "FirstClient", Model("Error", "int Code"));
        Generated("second", "SecondClient", Model("Error", "int Code"));

        ModelSet.Finish(items, Work, null);

        var models = File.ReadAllText(items[0].Models);
        Assert.That(Count(models, "public partial class Error"), Is.EqualTo(1));
        Assert.That(models, Does.Contain("namespace Fixture.V9\n").And.Not.Contain("FirstClient"));
        var client = File.ReadAllText(items[1].Output);
        Assert.That(client, Does.Contain("{\n    using global::Fixture.V9;\n").And.Contain("public partial class SecondClient").And.Not.Contain("class Error"));
    }

    [Test]
    public void Finish_SameTypeGeneratedDifferently_FailsNamingBothContracts()
    {
        var items = new[] { Item("first", Fragment("a", Error, Page)), Item("second", Fragment("b", Error, Page)) };
        Generated("first", "FirstClient", Model("Error", "int Code"));
        Generated("second", "SecondClient", Model("Error", "long Code"));

        var error = Assert.Throws<InvalidDataException>(() => ModelSet.Finish(items, Work, null));

        Assert.That(error!.Message, Does.Contain("'Error'").And.Contain("'first'").And.Contain("'second'"));
    }

    private string Work => Path.Combine(_root.FullName, "work");

    private CodegenItem Item(string name, string fragment, string transformSettings = "{}")
    {
        var nswag = Write(name + ".nswag", "{ \"codeGenerators\": { \"openApiToCSharpClient\": { \"className\": \"C\", \"namespace\": \"N\" } } }");
        var transform = Write(name + ".transform.json", transformSettings);
        var pascal = string.Concat(name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return new CodegenItem(name, fragment, nswag, [transform], Path.Combine(_root.FullName, "out", pascal + "Client.g.cs"), pascal + "Client", "Fixture." + pascal, "V9", Path.Combine(_root.FullName, "out", "V9.Models.g.cs"), "Fixture.V9");
    }

    private string Fragment(string file, string error, string page) =>
        Write(file + ".yaml", $"openapi: 3.0.1\ninfo: {{ title: t, version: '1' }}\npaths:\n  /api/x/v9/{file}:\n    get:\n      operationId: get{file}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{ $ref: '#/components/schemas/Page' }}\ncomponents:\n  schemas:\n    Error: {error}\n    Page: {page}\n");

    private JsonObject Schemas(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Work, name + ".json")))!["components"]!["schemas"]!.AsObject();

    /// <summary>What NSwag writes for a contract (its shape: header, one namespace, the client, its interface, the models), and the plan.</summary>
    private void Generated(string name, string className, string models)
    {
        Directory.CreateDirectory(Work);
        new CodegenPlan { ClassName = className, Namespace = "Fixture." + className[..^"Client".Length] }.Save(Path.Combine(Work, name + ".plan.json"));
        File.WriteAllText(Path.Combine(Work, name + ".json"), "{}");
        File.WriteAllText(Path.Combine(Work, name + ".g.cs"), $$"""
            //----------------------
            // <auto-generated>
            // </auto-generated>
            //----------------------

            #nullable enable

            using AtlasContract.Client;

            namespace Fixture.{{className[..^"Client".Length]}}
            {
                using System = global::System;

                [System.CodeDom.Compiler.GeneratedCode("NSwag", "pinned")]
                public partial interface I{{className}}
                {
                    System.Threading.Tasks.Task<Error> GetAsync();
                }

                [System.CodeDom.Compiler.GeneratedCode("NSwag", "pinned")]
                public partial class {{className}} : I{{className}}
                {
                    public System.Threading.Tasks.Task<Error> GetAsync() => throw new System.NotImplementedException();
                }

            {{models}}
            }

            #pragma warning restore 1591
            """);
    }

    private static string Model(string name, string property) => $$"""
            /// <summary>
            /// A model.
            /// </summary>
            [System.CodeDom.Compiler.GeneratedCode("NJsonSchema", "pinned")]
            public partial class {{name}}
            {
                public {{property}} { get; set; }
            }
        """;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;
}
