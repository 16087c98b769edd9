using System.Text;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests;

/// <summary>No input makes the CLI hang or crash: each hostile document gets a clear error (exit 2) or a result, fast.</summary>
public class RobustnessTests
{
    public static IEnumerable<TestCaseData> Hostile()
    {
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            bomb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        yield return new TestCaseData("bomb.yaml", Encoding.UTF8.GetBytes(bomb.ToString()), "alias bomb").SetName("Diff_YamlAliasBomb_Exits2");
        yield return new TestCaseData("deep.yaml", Encoding.UTF8.GetBytes("a: " + new string('[', 10_000) + new string(']', 10_000)), "nesting deeper").SetName("Diff_TenThousandDeepNesting_Exits2");
        yield return new TestCaseData("deep.json", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), "invalid JSON").SetName("Diff_TenThousandDeepJson_Exits2");
        yield return new TestCaseData("latin1.yaml", Encoding.UTF8.GetBytes("openapi: 3.0.1\ninfo:\n  title: caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray(), "not valid UTF-8").SetName("Diff_NonUtf8Bytes_Exits2");
        yield return new TestCaseData("empty.yaml", Array.Empty<byte>(), "the document is empty").SetName("Diff_EmptyFile_Exits2");
        yield return new TestCaseData("array.json", Encoding.UTF8.GetBytes("[{\"openapi\":\"3.0.1\"}]"), "the root is an array").SetName("Diff_JsonArrayAtTheRoot_Exits2");
        yield return new TestCaseData("dup.json", Encoding.UTF8.GetBytes("{\"openapi\":\"3.0.1\",\"paths\":{},\"paths\":{}}"), "dup.json:1:31: duplicate key 'paths'").SetName("Diff_JsonDuplicateKey_Exits2NamingLineAndColumn");
        yield return new TestCaseData("surrogate.json", Encoding.UTF8.GetBytes("{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"\\ud800\"}}"), "lone UTF-16 surrogate").SetName("Diff_JsonLoneSurrogateEscape_Exits2");
        yield return new TestCaseData("v4.yaml", Encoding.UTF8.GetBytes("openapi: 4.0.0\npaths: {}\n"), "#/openapi: OpenAPI version '4.0.0' is not supported").SetName("Diff_OpenApi4_Exits2");
        yield return new TestCaseData("v-empty.yaml", Encoding.UTF8.GetBytes("openapi: ''\npaths: {}\n"), "#/openapi: OpenAPI version '' is not supported").SetName("Diff_EmptyOpenApiVersion_Exits2");
        yield return new TestCaseData("v-number.yaml", Encoding.UTF8.GetBytes("openapi: 3\npaths: {}\n"), "#/openapi: the version must be a string").SetName("Diff_NumericOpenApiVersion_Exits2");
        yield return new TestCaseData("opid.yaml", Encoding.UTF8.GetBytes("openapi: 3.0.1\npaths:\n  /a:\n    get:\n      operationId: 5\n"), "#/paths/~1a/get/operationId: expected a string").SetName("Diff_NumericOperationId_Exits2NamingThePointer");
        yield return new TestCaseData("item.yaml", Encoding.UTF8.GetBytes("openapi: 3.0.1\npaths:\n  /a: [get]\n"), "#/paths/~1a: expected an object").SetName("Diff_PathItemNotAnObject_Exits2NamingThePointer");
        yield return new TestCaseData("flows.yaml", Encoding.UTF8.GetBytes("openapi: 3.0.1\ncomponents:\n  securitySchemes:\n    A:\n      type: oauth2\n      flows: x\n"), "#/components/securitySchemes/A/flows: expected an object").SetName("Diff_SecurityFlowsAString_Exits2NamingThePointer");
        yield return new TestCaseData("ref.yaml", Encoding.UTF8.GetBytes("openapi: 3.0.1\ncomponents:\n  schemas:\n    A:\n      $ref: '#foo'\n"), "#/components/schemas/A/$ref: '#foo' is not a JSON pointer").SetName("Diff_RefNotAJsonPointer_Exits2NamingThePointer");
    }

    [TestCaseSource(nameof(Hostile))]
    public void Diff_HostileRevision_FailsClearly(string name, byte[] content, string expected)
    {
        var path = Temp(name, string.Empty);
        File.WriteAllBytes(path, content);

        var (exit, _, err) = Run("diff", RepoPaths.V2Spec, path);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(name).And.Contain(expected));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void Diff_RefCycles_GivesAResult()
    {
        // BadRequestDetail.fields[*] refers back to BadRequestDetail: a cycle in both documents.
        var cyclic = File.ReadAllText(RepoPaths.V2Spec).Replace("$ref: '#/components/schemas/FieldViolation'", "$ref: '#/components/schemas/BadRequestDetail'", StringComparison.Ordinal);
        var basePath = Temp("cyclic.yaml", cyclic);
        var revisedPath = Temp("cyclic-revised.yaml", cyclic.Replace("        orgName:\n", "        nickname:\n          type: string\n        orgName:\n", StringComparison.Ordinal));

        var (exit, stdout, _) = Run("diff", basePath, revisedPath, "--format", "json");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("response-optional-property-added").And.Contain("$[*].nickname"));
    }

    [TestCase("diff")]
    [TestCase("compat")]
    public void Run_AllOfCycleThroughFourBranches_GivesAResult(string command)
    {
        // Each of four schemas allOf's the three others: merged without memoising, the work was exponential.
        var cycle = new System.Text.StringBuilder();
        for (var b = 0; b < 4; b++)
        {
            cycle.Append($"    Cycle{b}:\n      allOf:\n");
            for (var k = 1; k < 4; k++)
            {
                cycle.Append($"      - $ref: '#/components/schemas/Cycle{(b + k) % 4}'\n");
            }

            cycle.Append($"      - type: object\n        properties:\n          p{b}:\n            type: string\n");
        }

        var text = File.ReadAllText(RepoPaths.V2Spec).Replace("  schemas:\n", "  schemas:\n" + cycle, StringComparison.Ordinal)
            .Replace("$ref: '#/components/schemas/OrganizationInvitation'", "$ref: '#/components/schemas/Cycle0'", StringComparison.Ordinal);
        var path = Temp("cycle.yaml", text);

        var (exit, stdout, err) = command == "diff" ? Run("diff", RepoPaths.V2Spec, path) : Run("compat", path, RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(1), err);
        Assert.That(stdout, Does.Contain("$[*].p0"));
    }

    [Test]
    public void Diff_ResponseHeadersDifferingOnlyByCase_GivesAResult()
    {
        var text = File.ReadAllText(RepoPaths.V2Spec).Replace("          headers:\n", "          headers:\n            X-Case:\n              schema:\n                type: string\n            x-case:\n              schema:\n                type: integer\n", StringComparison.Ordinal);
        var path = Temp("headers.yaml", text);

        var (exit, _, err) = Run("diff", RepoPaths.V2Spec, path);

        Assert.That(exit, Is.InRange(0, 1), err);
    }

    [Test]
    public void Diff_RealFourMegabyteSpecs_GivesAResult()
    {
        // How fast is benchmarks/diff-atlas.sh's business; here only that the whole documents give a result.
        var before = RepoPaths.AtlasSpec("2026-07-31");
        var after = RepoPaths.AtlasSpec("2026-08-21");

        var (exit, stdout, _) = Run("diff", before, after);

        Assert.That(exit, Is.EqualTo(1), "the real revisions contain breaking changes");
        Assert.That(stdout, Does.Contain("ERR"));
    }
}
