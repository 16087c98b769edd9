using System.Text;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Loading;

/// <summary>Issue 10: each class of hostile input is one error naming the file and the position, never a crash.</summary>
public class HostileInputTests
{
    [TestCase("{\"openapi\": \"3.0.1\", \"openapi\": \"3.1.0\"}", "duplicate key 'openapi'", 1, 22)]
    [TestCase("{\n  \"paths\": {\n    \"/a\": {},\n    \"/a\": {}\n  }\n}", "duplicate key '/a'", 4, 5)]
    public void Parse_JsonDuplicateKey_FailsNamingLineAndColumn(string json, string problem, int line, int column)
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(json, "dup.json"));

        Assert.That(ex!.Message, Is.EqualTo($"dup.json:{line}:{column}: {problem}"));
    }

    [TestCase("{\"info\": {\"title\": \"\\ud800\"}}", 1, 20)]
    [TestCase("{\"info\": {\"\\udfff\": \"x\"}}", 1, 11)]
    [TestCase("{\"info\": {\"title\": \"a\\ud800\\u0041\"}}", 1, 20)]
    public void Parse_JsonLoneSurrogateEscape_FailsNamingLineAndColumn(string json, int line, int column)
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(json, "s.json"));

        Assert.That(ex!.Message, Does.StartWith($"s.json:{line}:{column}: ").And.Contain("lone UTF-16 surrogate"));
    }

    [TestCase("title: \"\\ud800\"\n")]
    [TestCase("\"\\udc00\": x\n")]
    public void Parse_YamlLoneSurrogateEscape_FailsNamingLineAndColumn(string yaml)
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(yaml, "s.yaml"));

        Assert.That(ex!.Message, Does.StartWith("s.yaml:1:").And.Contain("surrogate"));
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void Load_CharacterDevice_ReadsNoMoreThanTheLimit(string device)
    {
        if (!File.Exists(device))
        {
            Assert.Ignore($"Skipped: {device} does not exist on this system.");
        }

        // A device reports length 0: only a read bounded by the limit (limit + 1 bytes) ends.
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Load(device, new LoadLimits { MaxBytes = 4096 }));

        Assert.That(ex!.Message, Is.EqualTo($"{device}: file is over the 4,096-byte limit"));
    }

    [Test]
    public void ReadBounded_RegularFileReportingLengthZero_ReadsItsContent()
    {
        const string proc = "/proc/self/status";
        if (!File.Exists(proc))
        {
            Assert.Ignore($"Skipped: {proc} does not exist on this system.");
        }

        // A /proc file is regular but reports length 0: reading only as much as the length said would return nothing.
        var bytes = Files.ReadBounded(proc, 1 << 20);

        Assert.That(Encoding.ASCII.GetString(bytes), Does.Contain("Pid:"));
    }

    [Test]
    public void Load_RegularFileOverTheLimit_FailsNamingItsSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"atlas-big-{Environment.ProcessId}.yaml");
        File.WriteAllText(path, "openapi: 3.0.1\n" + new string('#', 5000));
        try
        {
            var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Load(path, new LoadLimits { MaxBytes = 4096 }));

            Assert.That(ex!.Message, Is.EqualTo($"{path}: file is 5,015 bytes, over the 4,096-byte limit"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("'4.0.0'", "OpenAPI version '4.0.0' is not supported")]
    [TestCase("''", "OpenAPI version '' is not supported")]
    [TestCase("3", "the version must be a string such as '3.0.3', found the number 3")]
    [TestCase("3.1", "the version must be a string such as '3.0.3', found the number 3.1")]
    [TestCase("~", "the version must be a string such as '3.0.3', found null")]
    public void Parse_UnsupportedOpenApiVersion_FailsNamingThePointer(string version, string problem)
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse($"openapi: {version}\npaths: {{}}\n", "v.yaml"));

        Assert.That(ex!.Message, Does.StartWith($"v.yaml: #/openapi: {problem}"));
    }

    [Test]
    public void Parse_Swagger2_FailsNamingTheField()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("swagger: '2.0'\npaths: {}\n", "old.yaml"));

        Assert.That(ex!.Message, Does.StartWith("old.yaml: #/swagger: Swagger 2.0 documents are not supported"));
    }

    [TestCase("3.0.1")]
    [TestCase("3.1.0")]
    [TestCase("3.2.0")]
    public void Parse_SupportedOpenApiVersion_Loads(string version)
    {
        var doc = SpecLoader.Parse($"openapi: {version}\npaths: {{}}\n", "v.yaml");

        Assert.That(doc.OpenApiVersion, Is.EqualTo(version));
    }

    [TestCase("      operationId: 5\n", "#/paths/~1a/get/operationId: expected a string, found the number 5")]
    [TestCase("      operationId: [a]\n", "#/paths/~1a/get/operationId: expected a string, found an array")]
    [TestCase("      parameters:\n      - {name: q, in: query, required: 'yes'}\n", "#/paths/~1a/get/parameters/0/required: expected true or false, found the string 'yes'")]
    [TestCase("      responses:\n        '200':\n          description: ok\n          content:\n            application/json: text\n", "#/paths/~1a/get/responses/200/content/application~1json: expected an object, found the string 'text'")]
    [TestCase("      responses: [1]\n", "#/paths/~1a/get/responses: expected an object, found an array")]
    [TestCase("      parameters: {a: 1}\n", "#/paths/~1a/get/parameters: expected an array, found an object")]
    [TestCase("      responses:\n        '200':\n          description: ok\n          headers:\n            X-A: 5\n", "#/paths/~1a/get/responses/200/headers/X-A: expected an object, found the number 5")]
    public void Parse_OperationNodeOfTheWrongType_FailsNamingFileAndPointer(string operation, string problem)
    {
        var yaml = "openapi: 3.0.1\npaths:\n  /a:\n    get:\n" + operation;

        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(yaml, "t.yaml"));

        Assert.That(ex!.Message, Is.EqualTo("t.yaml: " + problem));
    }

    [TestCase("paths:\n  /a: text\n", "#/paths/~1a: expected an object, found the string 'text'")]
    [TestCase("paths:\n  /a:\n    get: 5\n", "#/paths/~1a/get: expected an object, found the number 5")]
    [TestCase("paths: []\n", "#/paths: expected an object, found an array")]
    [TestCase("components:\n  securitySchemes:\n    OAuth:\n      type: oauth2\n      flows: clientCredentials\n", "#/components/securitySchemes/OAuth/flows: expected an object, found the string 'clientCredentials'")]
    [TestCase("components:\n  schemas:\n    A:\n      properties: [a]\n", "#/components/schemas/A/properties: expected an object, found an array")]
    [TestCase("components:\n  schemas:\n    A:\n      required: yes\n", "#/components/schemas/A/required: expected an array, found the string 'yes'")]
    [TestCase("components:\n  schemas:\n    A:\n      type: 5\n", "#/components/schemas/A/type: expected a string, found the number 5")]
    [TestCase("components:\n  schemas:\n    A:\n      allOf: {a: 1}\n", "#/components/schemas/A/allOf: expected an array, found an object")]
    [TestCase("security: oauth\n", "#/security: expected an array, found the string 'oauth'")]
    [TestCase("info:\n  title: \"line\\nbreak\"\npaths:\n  /a: \"x\\ny\"\n", "#/paths/~1a: expected an object, found the string 'x\\ny'")]
    public void Parse_DocumentNodeOfTheWrongType_FailsNamingFileAndPointer(string body, string problem)
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("openapi: 3.0.1\n" + body, "t.yaml"));

        Assert.That(ex!.Message, Is.EqualTo("t.yaml: " + problem));
        Assert.That(ex.Message, Does.Not.Contain("\n"));
    }

    [TestCase("'#foo'")]
    [TestCase("'#components/schemas/A'")]
    public void Parse_RefThatIsNotAJsonPointer_FailsNamingThePointer(string reference)
    {
        var yaml = $"openapi: 3.0.1\ncomponents:\n  schemas:\n    A:\n      type: object\n    B:\n      $ref: {reference}\n";

        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(yaml, "r.yaml"));

        Assert.That(ex!.Message, Does.StartWith($"r.yaml: #/components/schemas/B/$ref: {reference} is not a JSON pointer"));
    }

    [TestCase("#/info/title", "t")]
    [TestCase("/info/title", "t")]
    [TestCase("#foo", null)]
    [TestCase("other.yaml#/info/title", null)]
    public void Resolve_PointerForms_FindTheNodeOrNothing(string reference, string? expected)
    {
        var root = SpecLoader.Parse("openapi: 3.0.1\ninfo: {title: t}\n", "p.yaml").Root;

        Assert.That(JsonPointer.Resolve(root, reference)?.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_RefThatIsNotAString_FailsNamingThePointer()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("openapi: 3.0.1\ncomponents:\n  schemas:\n    B:\n      $ref: 5\n", "r.yaml"));

        Assert.That(ex!.Message, Is.EqualTo("r.yaml: #/components/schemas/B/$ref: expected a string, found the number 5"));
    }

    [Test]
    public void Parse_PropertyNamedLikeAKeyword_IsNotTypeChecked()
    {
        // Under properties the keys are names, not keywords: a property may be called "type", "$ref" or "required".
        var doc = SpecLoader.Parse("openapi: 3.0.1\ncomponents:\n  schemas:\n    A:\n      properties:\n        type: {type: string}\n        required: {type: boolean}\n        x-note: {type: string}\n", "p.yaml");

        Assert.That(doc.Component("schemas", "A")!["properties"]!.AsObject().Count, Is.EqualTo(3));
    }

    [Test]
    public void Parse_ConfigurationFile_IsNotCheckedAsOpenApi()
    {
        var doc = SpecLoader.Parse("levels: {}\nallow: []\ncontracts: [{name: x}]\n", "contract-gate.yaml");

        Assert.That(doc.Root.Count, Is.EqualTo(3));
    }

    [Test]
    public void Validate_RefsToOtherFilesAndUrls_WarnsNamingEach()
    {
        var doc = SpecLoader.Parse("""
            openapi: 3.0.1
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      $ref: 'responses.yaml#/Ok'
            components:
              schemas:
                A:
                  $ref: 'https://example.com/schemas.yaml#/A'
            """, "ext.yaml");

        var warnings = SpecValidator.Validate(doc).Where(d => d.Severity == "warning").Select(d => d.ToString()).ToList();

        Assert.That(warnings, Has.Some.EqualTo("warning #/paths/~1a/get/responses/200/$ref: $ref 'responses.yaml#/Ok' names another file or a URL: it was not followed, so what it points to was not validated"));
        Assert.That(warnings, Has.Some.StartWith("warning #/components/schemas/A/$ref: $ref 'https://example.com/schemas.yaml#/A'"));
    }

    [Test]
    public void Load_PathWithANulCharacter_FailsNamingIt()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Load("a\0b.yaml"));

        Assert.That(ex!.Message, Does.Contain("not a valid path"));
        Assert.That(ex.Message.Contains('\0', StringComparison.Ordinal), Is.False, "the NUL is shown escaped");
    }

    [Test]
    public void Parse_ErrorAboutAKeyWithControlCharacters_IsOneLine()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(Encoding.UTF8.GetBytes("{\"a\\nb\": 1, \"a\\nb\": 2}"), "k.json"));

        Assert.That(ex!.Message, Is.EqualTo("k.json:1:13: duplicate key 'a\\nb'"));
    }
}
