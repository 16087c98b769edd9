using System.Text;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Loading;

/// <summary>
/// The fast block-YAML reader must give exactly YamlDotNet's tree wherever it reads a text, and decline the rest.
/// </summary>
public class BlockYamlTests
{
    [TestCase("2025-03-18")]
    [TestCase("2025-10-08")]
    [TestCase("2026-07-31")]
    [TestCase("2026-08-21")]
    public void TryConvert_RealAtlasRevision_ReadsItAsYamlDotNetDoes(string revision)
    {
        var text = SpecLoader.Decode(File.ReadAllBytes(RepoPaths.AtlasSpec(revision)), revision);

        var read = BlockYaml.TryConvert(text, LoadLimits.Default, out var fast);

        Assert.That(read, Is.True, "the published spec is plain block YAML: it must not fall back to the slow path");
        AssertSame(fast, YamlToJson.ConvertWithYamlDotNet(text, revision, LoadLimits.Default));
    }

    [Test]
    public void TryConvert_EveryYamlFileInTheRepository_DeclinesOrReadsItAsYamlDotNetDoes()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules" or "artifacts" or ".git"))
            .ToList();
        var read = 0;
        foreach (var file in files)
        {
            read += Agrees(File.ReadAllText(file), file) ? 1 : 0;
        }

        Assert.That(files, Has.Count.GreaterThan(10));
        Assert.That(read, Is.GreaterThan(0), "the committed fragments are block YAML: some must take the fast path");
    }

    [TestCase("a: 1\nb:\n  - x\n  - y: 2\n    z: '3'\n", """{"a":1,"b":["x",{"y":2,"z":"3"}]}""")]
    [TestCase("k:\n- a\n- - b\n  - c\nn: ~\n", """{"k":["a",["b","c"]],"n":null}""")]
    [TestCase("200: a\n'201': b\n1e3: c\nnull: d\ntrue: e\n", """{"200":"a","201":"b","1000":"c","null":"d","true":"e"}""")]
    [TestCase("a: x # note\n# whole line\nb: 'it''s' # note\nc: \"t\\u00e9\\x41\\n\\\"q\\\"\"\n", """{"a":"x","b":"it's","c":"t\u00E9A\n\u0022q\u0022"}""")]
    [TestCase("a: []\nb: {}\nc: -1\nd: 1.50\ne: .inf\nf: 2027-07-01\ng: a#b\n", """{"a":[],"b":{},"c":-1,"d":1.50,"e":".inf","f":"2027-07-01","g":"a#b"}""")]
    [TestCase("a: |\n  one\n\n   two\n\nb: |-\n  x\n\nc: |+\n  y\n\n\nd: z\n", """{"a":"one\n\n two\n","b":"x","c":"y\n\n\n","d":"z"}""")]
    [TestCase("m:\n  e: |4\n        code\n      more\n  f: 1\n", """{"m":{"e":"  code\nmore\n","f":1}}""")]
    [TestCase("- a: |\n    x\n  b: 2\n- c\n", """[{"a":"x\n","b":2},"c"]""")]
    public void TryConvert_BlockStyle_ReadsTheTreeYamlDotNetReads(string yaml, string json)
    {
        Assert.That(BlockYaml.TryConvert(yaml, LoadLimits.Default, out var fast), Is.True);
        Assert.That(fast!.ToJsonString(), Is.EqualTo(JsonNode.Parse(json)!.ToJsonString()));
        AssertSame(fast, YamlToJson.ConvertWithYamlDotNet(yaml, "t.yaml", LoadLimits.Default));
    }

    [TestCase("a: { b: 1 }\n", TestName = "TryConvert_FlowMapping_Declines")]
    [TestCase("a: [1, 2]\n", TestName = "TryConvert_FlowSequence_Declines")]
    [TestCase("a: &x 1\nb: *x\n", TestName = "TryConvert_AnchorAndAlias_Declines")]
    [TestCase("a: !!str 1\n", TestName = "TryConvert_Tag_Declines")]
    [TestCase("a: >\n  folded\n", TestName = "TryConvert_FoldedScalar_Declines")]
    [TestCase("a: one\n  two\n", TestName = "TryConvert_MultiLinePlainScalar_Declines")]
    [TestCase("a: \"one\n  two\"\n", TestName = "TryConvert_MultiLineQuotedScalar_Declines")]
    [TestCase("a: 1\na: 2\n", TestName = "TryConvert_DuplicateKey_Declines")]
    [TestCase("---\na: 1\n", TestName = "TryConvert_DocumentMarker_Declines")]
    [TestCase("a:\n\tb: 1\n", TestName = "TryConvert_Tab_Declines")]
    [TestCase("a: 1\r\nb: 2\r\n", TestName = "TryConvert_CarriageReturn_Declines")]
    [TestCase("a: b: c\n", TestName = "TryConvert_MappingOnAValueLine_Declines")]
    [TestCase("a: 1\n- b\n", TestName = "TryConvert_EntryBesideKeys_Declines")]
    [TestCase("a: |\n  x", TestName = "TryConvert_LiteralWithoutFinalLineBreak_Declines")]
    [TestCase("a: \"\\ud800\"\n", TestName = "TryConvert_SurrogateEscape_Declines")]
    [TestCase("", TestName = "TryConvert_EmptyText_Declines")]
    [TestCase("just a scalar\n", TestName = "TryConvert_ScalarRoot_Declines")]
    public void TryConvert_OutsideTheSubset_Declines(string yaml)
    {
        Assert.That(BlockYaml.TryConvert(yaml, LoadLimits.Default, out var root), Is.False);
        Assert.That(root, Is.Null);
    }

    [TestCase("x *y: 1\n", TestName = "TryConvert_FirstKeyWithAWordStartingWithStar_DeclinesAsYamlDotNetReadsAScalar")]
    [TestCase("k:\n  x *y: 1\n  z: 2\n", TestName = "TryConvert_NestedKeyWithAWordStartingWithStar_Declines")]
    [TestCase("x &y: 1\n", TestName = "TryConvert_KeyWithAWordStartingWithAmpersand_Declines")]
    public void TryConvert_KeyYamlDotNetReadsOtherwise_Declines(string yaml)
    {
        Assert.That(BlockYaml.TryConvert(yaml, LoadLimits.Default, out _), Is.False);
    }

    [TestCase("a:\nb:\nc:\nd:\ne:\nf:\n", 8)]
    [TestCase("k:\n  a:\n  b:\n  c:\n", 7)]
    [TestCase("- \n- \n- \n- \n", 4)]
    public void TryConvert_EmptyValuesBeyondTheNodeBudget_DeclinesSoYamlDotNetReportsIt(string yaml, long maxNodes)
    {
        var limits = new LoadLimits { MaxNodes = maxNodes };

        Assert.That(() => YamlToJson.ConvertWithYamlDotNet(yaml, "t.yaml", limits), Throws.TypeOf<SpecLoadException>());
        Assert.That(BlockYaml.TryConvert(yaml, limits, out _), Is.False);
    }

    [Test]
    public void TryConvert_NestingDeeperThanTheStackAllows_DeclinesInsteadOfOverflowing()
    {
        var yaml = string.Concat(Enumerable.Repeat("- ", 60_000)) + "x\n";

        // A caller may raise MaxDepth far beyond the default: the reader must stop before the stack does.
        Assert.That(() => BlockYaml.TryConvert(yaml, new LoadLimits { MaxDepth = 1_000_000 }, out _), Throws.Nothing);
    }

    [Test]
    public void TryConvert_NestingAtTheDepthLimit_DeclinesSoYamlDotNetReportsIt()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            yaml.Append(' ', i * 2).Append("k:\n");
        }

        yaml.Append(' ', 40).Append("v: 1\n");

        Assert.That(BlockYaml.TryConvert(yaml.ToString(), new LoadLimits { MaxDepth = 10 }, out _), Is.False);
        Assert.That(BlockYaml.TryConvert(yaml.ToString(), new LoadLimits { MaxDepth = 30 }, out _), Is.True);
    }

    [Test]
    public void TryConvert_DuplicateKey_LoaderStillNamesItsLineAndColumn()
    {
        var ex = Assert.Throws<SpecLoadException>(() => SpecLoader.Parse("openapi: 3.0.1\ninfo:\n  a: 1\n  a: 2\n", "dup.yaml"));

        Assert.That(ex!.Message, Does.Contain("duplicate key 'a'").And.Contain("dup.yaml:4:"));
    }

    /// <summary>
    /// Differential test: seeded random block documents (and mutations of them) are read by both paths; wherever
    /// the fast reader takes one, YamlDotNet must accept it and give the same tree.
    /// </summary>
    [Test]
    public void TryConvert_RandomDocuments_DeclineOrReadAsYamlDotNetDoes()
    {
        var random = new Random(20261123);
        var (valid, read, mutatedRead) = (0, 0, 0);
        for (var i = 0; i < 10_000; i++)
        {
            var text = new YamlGenerator(random).Document();
            var mutate = i % 2 == 1;
            text = mutate ? YamlGenerator.Mutate(text, random) : text;
            var (accepted, fast) = Compare(text, $"case {i}");
            valid += !mutate && accepted ? 1 : 0;
            read += !mutate && fast ? 1 : 0;
            mutatedRead += mutate && fast ? 1 : 0;
        }

        TestContext.Out.WriteLine($"fast path read {read} of the {valid} generated documents YamlDotNet accepts, and {mutatedRead} mutated ones");
        Assert.That(read, Is.GreaterThan(valid * 7 / 10), "the fast path must read most valid block documents, or this test proves little");
        Assert.That(mutatedRead, Is.GreaterThan(0));
    }

    /// <summary>True when the fast path read the text (and agreed with YamlDotNet), false when it declined.</summary>
    private static bool Agrees(string text, string name) => Compare(text, name).Fast;

    /// <summary>Whether YamlDotNet accepts the text and whether the fast path read it; fails when both read it differently.</summary>
    private static (bool Accepted, bool Fast) Compare(string text, string name)
    {
        var fastRead = BlockYaml.TryConvert(text, LoadLimits.Default, out var fast);
        JsonNode? slow;
        try
        {
            slow = YamlToJson.ConvertWithYamlDotNet(text, name, LoadLimits.Default);
        }
        catch (SpecLoadException ex)
        {
            Assert.That(fastRead, Is.False, $"{name}: the fast path read a text YamlDotNet rejects ({ex.Message}):\n{text}");
            return (false, false);
        }

        if (fastRead)
        {
            AssertSame(fast, slow, name, text);
        }

        return (true, fastRead);
    }

    private static void AssertSame(JsonNode? fast, JsonNode? slow, string name = "", string text = "")
    {
        Assert.That(fast?.ToJsonString(), Is.EqualTo(slow?.ToJsonString()), $"{name}: the trees differ for:\n{text}");
        Assert.That(JsonNode.DeepEquals(fast, slow), Is.True, $"{name}: the value kinds differ for:\n{text}");
    }
}
