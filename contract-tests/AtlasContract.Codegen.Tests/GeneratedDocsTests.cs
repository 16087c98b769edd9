using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Codegen.Tests;

/// <summary>
/// The generated XML docs for a fragment that documents nothing (no summary, no description, no title): the whole
/// codegen (prepare, NSwag with our templates, finish) runs on it with the shared settings, and the result compiles
/// with CS1591 (missing XML doc) as an error, as the client does.
/// </summary>
public class GeneratedDocsTests
{
    private const string Bare = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Bare", "version": "1.0" },
          "paths": {
            "/api/atlas/v2/groups/{groupId}/widgets": {
              "get": {
                "operationId": "listWidgets",
                "parameters": [
                  { "name": "groupId", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "kind", "in": "query", "schema": { "type": "string", "enum": ["SMALL", "LARGE"] } },
                  { "name": "itemsPerPage", "in": "query", "schema": { "type": "integer", "default": 100 } },
                  { "name": "pageNum", "in": "query", "schema": { "type": "integer", "default": 1 } }
                ],
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PaginatedWidgets" } } } } }
              },
              "post": {
                "operationId": "createWidget",
                "parameters": [ { "name": "groupId", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Widget" } } } },
                "responses": { "201": { "description": "Created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Widget" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "Widget": {
                "type": "object",
                "required": ["name", "note"],
                "properties": {
                  "id": { "type": "string", "readOnly": true },
                  "name": { "type": "string" },
                  "note": { "type": "string", "nullable": true },
                  "size": { "type": "integer", "format": "int32", "default": 3 },
                  "replicas": { "type": "integer", "format": "int32", "enum": [3, 5, 7], "default": 3 },
                  "level": { "type": "integer", "enum": [1, 2] },
                  "created": { "type": "string", "format": "date-time" },
                  "labels": { "$ref": "#/components/schemas/Labels" }
                }
              },
              "Labels": { "type": "object", "additionalProperties": { "type": "string" } },
              "PaginatedWidgets": {
                "type": "object",
                "properties": {
                  "results": { "type": "array", "items": { "$ref": "#/components/schemas/Widget" } },
                  "totalCount": { "type": "integer" }
                }
              }
            }
          }
        }
        """;

    private string _work = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _work = RepoPaths.File("artifacts", "codegen-docs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
        var spec = Path.Combine(_work, "bare.json");
        File.WriteAllText(spec, Bare);
        Pipeline.Prepare("Bare", SpecLoader.Load(spec).Root, RepoPaths.File("generator", "codegen", "atlas.nswag"), TransformSettings.Read(RepoPaths.File("generator", "codegen", "atlas.transform.json")), "BareWidgetsClient", "DocsProbe.Widget", _work);
        var nswag = Directory.GetFiles(Path.Combine(NuGetRoot(), "nswag.msbuild"), "dotnet-nswag.dll", SearchOption.AllDirectories).Where(f => f.Contains("Net100", StringComparison.Ordinal)).Order().LastOrDefault()
            ?? throw new InvalidOperationException("NSwag.MSBuild is not restored: run dotnet restore AtlasContract.sln");
        var (exit, output) = ProcessRunner.Run("dotnet", [nswag, "run", Path.Combine(_work, "Bare.nswag"), $"/variables:Input={Path.Combine(_work, "Bare.json")},Output={Path.Combine(_work, "Bare.g.cs")},Templates={RepoPaths.File("generator", "codegen", "Templates")}"], timeout: TimeSpan.FromMinutes(3));
        Assert.That(exit, Is.Zero, output);
        var gen = Path.Combine(_work, "gen");
        var item = new CodegenItem("Bare", spec, RepoPaths.File("generator", "codegen", "atlas.nswag"), [RepoPaths.File("generator", "codegen", "atlas.transform.json")], Path.Combine(gen, "Bare.g.cs"), "BareWidgetsClient", "DocsProbe.Widget", "V2", Path.Combine(gen, "V2.Models.g.cs"), "DocsProbe.Models");
        ModelSet.Finish([item], _work, null);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_work, recursive: true);

    /// <summary>The client file and the surface's model file: what the codegen wrote for the fragment.</summary>
    private string Code => File.ReadAllText(Path.Combine(_work, "gen", "Bare.g.cs")) + File.ReadAllText(Path.Combine(_work, "gen", "V2.Models.g.cs"));

    [Test]
    public void Finish_OperationWithoutSummary_IsSummarisedByMethodAndPath()
    {
        Assert.That(Code, Does.Contain("/// Calls <c>GET /api/atlas/v2/groups/{groupId}/widgets</c> (operation <c>listWidgets</c>)."));
        Assert.That(Code, Does.Contain("/// Calls <c>POST /api/atlas/v2/groups/{groupId}/widgets</c> (operation <c>createWidget</c>)."));
    }

    [Test]
    public void Finish_ParametersWithoutDescription_SayWhereTheyGoAndWhetherRequired()
    {
        Assert.That(Code, Does.Contain("<param name=\"groupId\">The <c>groupId</c> path parameter (required).</param>"));
        Assert.That(Code, Does.Contain("<param name=\"itemsPerPage\">The <c>itemsPerPage</c> query parameter (optional: null leaves it out).</param>"));
        Assert.That(Code, Does.Contain("<param name=\"body\">The request body.</param>"));
    }

    [Test]
    public void Finish_PropertiesWithoutDescription_SayWhatTheSpecDeclares()
    {
        Assert.That(Code, Does.Contain("/// The <c>Widget</c> JSON object of the Atlas Administration API."));
        Assert.That(Code, Does.Contain("/// <remarks>JSON property <c>id</c>: optional (absent reads as <c>null</c>); read-only: Atlas sets it and ignores a value sent.</remarks>"));
        Assert.That(Code, Does.Contain("/// <remarks>JSON property <c>note</c>: required, may be <c>null</c>.</remarks>"));
        Assert.That(Code, Does.Contain("/// <remarks>JSON property <c>size</c>: optional (absent reads as <c>3</c>); format <c>int32</c>.</remarks>"));
        Assert.That(Code, Does.Contain("/// <remarks>JSON property <c>created</c>: optional (absent reads as <c>null</c>); format <c>date-time</c>.</remarks>"));
    }

    [Test]
    public void Finish_ClassDerivedFromADictionary_NamesItsBaseAsText()
    {
        Assert.That(Code, Does.Contain("/// The <c>Labels</c> JSON object of the Atlas Administration API, read as a <c>System.Collections.Generic.Dictionary&lt;string, string&gt;</c>."));
    }

    [Test]
    public void Finish_AnyFragment_NoDocWarningDisabledAndNoEmptyDoc()
    {
        Assert.That(Code, Does.Not.Contain("disable 1591").And.Not.Contain("disable 1573").And.Not.Contain("<summary></summary>"));
    }

    /// <summary>
    /// Compiles what the codegen wrote with a missing doc as an error. The client's namespace ends with a model's name
    /// (<c>DocsProbe.Widget</c>, model <c>Widget</c> in <c>DocsProbe.Models</c>), as a contract added for an operation
    /// named like one of its schemas is: <c>Widget</c> in the client must still be the model, not the namespace; and the
    /// enum default NSwag writes in full (<c>DocsProbe.Widget.WidgetReplicas._3</c>) follows the enum into the models.
    /// </summary>
    [Test]
    public void Finish_ClientNamespaceNamedLikeAModel_CompilesWithMissingDocsAsErrors()
    {
        var project = Path.Combine(_work, "gen", "DocsProbe.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn.Replace('CS1591', ''))</NoWarn>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{RepoPaths.File("src", "AtlasContract.Client", "AtlasContract.Client.csproj")}" AdditionalProperties="AtlasGenerate=false;TargetFramework=net10.0" />
              </ItemGroup>
            </Project>
            """);

        var (exit, output) = ProcessRunner.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-clp:ErrorsOnly", "-p:BuildProjectReferences=false"], environment: ProcessRunner.UserShell, timeout: TimeSpan.FromMinutes(5));

        Assert.That(exit, Is.Zero, output);
    }

    private static string NuGetRoot() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } root ? root : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
