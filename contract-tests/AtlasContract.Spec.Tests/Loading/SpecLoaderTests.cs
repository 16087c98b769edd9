using System.Text;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Loading;

public class SpecLoaderTests
{
    [Test]
    public void Parse_YamlCoreSchemaScalars_ResolveLikeYaml12()
    {
        var doc = SpecLoader.Parse("""
            openapi: 3.0.1
            a: 200
            b: '200'
            c: true
            d: yes
            e: ~
            f: 1.5
            g: 2027-07-01
            h: -12
            i: 1e3
            """, "t.yaml");

        var r = doc.Root;
        Assert.Multiple(() =>
        {
            Assert.That(r["a"]!.GetValue<long>(), Is.EqualTo(200));
            Assert.That(r["b"]!.GetValue<string>(), Is.EqualTo("200"));
            Assert.That(r["c"]!.GetValue<bool>(), Is.True);
            Assert.That(r["d"]!.GetValue<string>(), Is.EqualTo("yes"), "YAML 1.2: yes is a string");
            Assert.That(r["e"], Is.Null);
            Assert.That(r["f"]!.GetValue<decimal>(), Is.EqualTo(1.5m));
            Assert.That(r["g"]!.GetValue<string>(), Is.EqualTo("2027-07-01"));
            Assert.That(r["h"]!.GetValue<long>(), Is.EqualTo(-12));
            Assert.That(r["i"]!.GetValue<decimal>(), Is.EqualTo(1000m));
        });
    }

    [Test]
    public void Parse_AliasesAndAnchors_AreExpanded()
    {
        var doc = SpecLoader.Parse("base: &b { type: string }\nuse: *b\n", "a.yaml");

        Assert.That(JsonNode.DeepEquals(doc.Root["use"], doc.Root["base"]), Is.True);
    }

    [Test]
    public void Parse_AliasBomb_FailsFastWithClearError()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        // The work is bounded by the node budget, not by a clock: the error names the budget it hit.
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(yaml.ToString(), "bomb.yaml", new LoadLimits { MaxNodes = 100_000 }));

        Assert.That(ex!.Message, Does.Contain("bomb.yaml:").And.Contain("more than 100,000 nodes").And.Contain("alias bomb"));
    }

    [TestCase("[", "yaml")]
    [TestCase("{", "json")]
    public void Parse_TenThousandDeepNesting_FailsWithDepthError(string open, string kind)
    {
        var text = kind == "json" ? string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)
            : "a: " + string.Concat(Enumerable.Repeat(open, 10_000)) + new string(']', 10_000);

        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(text, "deep." + kind));

        Assert.That(ex!.Message, Does.Contain("deep." + kind));
        Assert.That(ex.Message, Does.Contain("depth").IgnoreCase.Or.Contain("nesting"));
    }

    [Test]
    public void Parse_NonUtf8Bytes_FailsNamingTheOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("openapi: 3.0.1\ninfo: x\n").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(bytes, "latin.yaml"));

        Assert.That(ex!.Message, Does.StartWith("latin.yaml:3:1").And.Contain("UTF-8"));
    }

    [TestCase("", "empty")]
    [TestCase("   \n# only a comment\n", "empty")]
    [TestCase("[1, 2]", "array")]
    [TestCase("- a\n- b\n", "array")]
    [TestCase("42", "single value")]
    public void Parse_NotAnObject_FailsNamingWhatWasFound(string text, string found)
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse(text, "bad.yaml"));

        Assert.That(ex!.Message, Does.Contain("bad.yaml").And.Contain(found));
    }

    [Test]
    public void Parse_InvalidYaml_NamesLineAndColumn()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("openapi: 3.0.1\npaths:\n  a: [1, 2\n", "broken.yaml"));

        Assert.That(ex!.Line, Is.GreaterThan(0));
        Assert.That(ex.Message, Does.StartWith($"broken.yaml:{ex.Line}:"));
    }

    [Test]
    public void Parse_DuplicateKey_IsAnError()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("a: 1\na: 2\n", "dup.yaml"));

        Assert.That(ex!.Message, Does.Contain("duplicate key 'a'").And.StartWith("dup.yaml:2:"));
    }

    [Test]
    public void Load_MissingFile_FailsNamingThePath()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Load("/nonexistent/spec.yaml"));

        Assert.That(ex!.Message, Is.EqualTo("/nonexistent/spec.yaml: file not found"));
    }

    [Test]
    public void Load_JsonAndYamlOfTheSameDocument_AreEqual()
    {
        // Fixtures/listOrgInvites.json was written from the YAML by another parser (Python's yaml.safe_load, then
        // json.dump): two real files, two independent readings of the same document.
        var yaml = SpecLoader.Load(Fixture("listOrgInvites.yaml"));
        var json = SpecLoader.Load(Fixture("listOrgInvites.json"));

        Assert.That(json.Root.ToJsonString(), Is.Not.EqualTo(yaml.Root.ToJsonString()).Or.Not.Empty);
        Assert.That(JsonNode.DeepEquals(yaml.Root, json.Root), Is.True, "the YAML and JSON readings of the same document differ");
    }

    [Test]
    public void Load_RealFourMegabyteSpec_ParsesAndEveryFindingHasAPointer()
    {
        var doc = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));

        var diagnostics = SpecValidator.Validate(doc);

        Assert.That(doc.Root["components"]!["schemas"]!.AsObject().Count, Is.GreaterThan(1000));
        Assert.That(diagnostics.Select(d => d.Pointer), Has.All.StartWith("#/"));
        // A real defect of the published document: two paths that differ only in parameter names.
        Assert.That(diagnostics.Select(d => d.Message), Has.Some.Contain("'/api/atlas/v2/groups/{}/sampleDatasetLoad/{}' MUST be unique"));
    }

    private static string Fixture(string name) => RepoPaths.File("contract-tests", "AtlasContract.Spec.Tests", "Loading", "Fixtures", name);
}
