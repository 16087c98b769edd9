using System.Text.Json.Nodes;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests;

public class CliTests
{
    [Test]
    public void Run_NoArguments_PrintsUsageAndExits2()
    {
        var (exit, _, err) = Run();

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("Usage:").And.Contain("gate"));
    }

    [TestCase(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    [TestCase(new[] { "diff", "a.yaml" }, "Required argument missing for command: 'diff'")]
    [TestCase(new[] { "diff", "a.yaml", "b.yaml", "--colour" }, "Unrecognized option '--colour'")]
    [TestCase(new[] { "diff", "a.yaml", "b.yaml", "--format", "xml" }, "--format: 'xml' is not text")]
    [TestCase(new[] { "diff", "a.yaml", "b.yaml", "--fail-on" }, "Required argument missing for option: '--fail-on'")]
    [TestCase(new[] { "slice", "a.yaml" }, "slice: give --operation ID (one or more) or --by-tag DIR")]
    [TestCase(new[] { "verify-pact", "p.json" }, "Option '--spec' is required")]
    public void Run_BadUsage_Exits2WithOneLine(string[] args, string expected)
    {
        var (exit, _, err) = Run(args);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Does.Contain(expected));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [TestCase(new[] { "gaet" }, "did you mean 'gate'?")]
    [TestCase(new[] { "diff", "a.yaml", "b.yaml", "--fromat", "json" }, "did you mean '--format'?")]
    [TestCase(new[] { "gate", "--skip-codegen-chek" }, "did you mean '--skip-codegen-check'?")]
    [TestCase(new[] { "diff", "--formt", "json", "a.yaml", "b.yaml" }, "Unrecognized option '--formt'; did you mean '--format'?")]
    public void Run_Typo_Exits2SuggestingTheNearestName(string[] args, string expected)
    {
        var (exit, _, err) = Run(args);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Does.Contain(expected));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    private static IEnumerable<string> CommandNames() => Cli.Commands(TextWriter.Null).Subcommands.Select(c => c.Name);

    [TestCaseSource(nameof(CommandNames))]
    public void Help_EveryCommand_Exits0WithUsageAndAnExample(string command)
    {
        var (exit, stdout, _) = Run(command, "--help");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("Usage:").And.Contain("Example"));
        Assert.That(stdout, Does.Contain($"atlas-contract {command}"), "the example runs the command it documents");
    }

    [Test]
    public void Version_Exits0WithTheAssemblyVersion()
    {
        var (exit, stdout, _) = Run("--version");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout.Trim(), Does.StartWith(typeof(Cli).Assembly.GetName().Version!.ToString(3)));
    }

    [Test]
    public void Diff_MissingFile_Exits2NamingIt()
    {
        var (exit, _, err) = Run("diff", RepoPaths.V2Spec, "/no/such/revision.yaml");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo("atlas-contract: error: /no/such/revision.yaml: file not found"));
    }

    [Test]
    public void Diff_InvalidYaml_Exits2NamingFileAndPosition()
    {
        var broken = Temp("broken.yaml", "openapi: 3.0.1\npaths:\n  /a: [1, 2\n");

        var (exit, _, err) = Run("diff", RepoPaths.V2Spec, broken);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Match(@"broken\.yaml:\d+:\d+: invalid YAML"));
    }

    [Test]
    public void Diff_SameSpec_Exits0()
    {
        var (exit, stdout, _) = Run("diff", RepoPaths.V2Spec, RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("0 findings"));
    }

    [Test]
    public void Diff_ResponseFieldRemoved_Exits1AndNamesOperationAndPath()
    {
        var revision = Temp("rev.yaml", File.ReadAllText(RepoPaths.V2Spec).Replace("        inviterUsername:", "        inviterName:", StringComparison.Ordinal));

        var (exit, stdout, _) = Run("diff", RepoPaths.V2Spec, revision);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("ERR  response-optional-property-removed: GET /api/atlas/v2/orgs/{orgId}/invites: response property 200 application/vnd.atlas.2023-01-01+json $[*].inviterUsername was removed."));
    }

    [TestCase("INFO", 1)]
    [TestCase("ERR", 0)]
    public void Diff_FailOn_DecidesTheExitCode(string failOn, int expected)
    {
        var revision = Temp("rev.yaml", File.ReadAllText(RepoPaths.V2Spec).Replace("            - ORG_READ_ONLY\n", "            - ORG_READ_ONLY\n            - ORG_NEW_ROLE\n", StringComparison.Ordinal));

        var (exit, stdout, _) = Run("diff", RepoPaths.V2Spec, revision, "--fail-on", failOn);

        Assert.That(stdout, Does.Contain("response-property-enum-value-added"));
        Assert.That(exit, Is.EqualTo(expected));
    }

    [TestCase("json")]
    [TestCase("markdown")]
    [TestCase("junit")]
    public void Diff_OutputFormats_AreWrittenToTheOutputFile(string format)
    {
        var revision = Temp("rev.yaml", File.ReadAllText(RepoPaths.V2Spec).Replace("        inviterUsername:", "        inviterName:", StringComparison.Ordinal));
        var output = Path.Combine(Path.GetDirectoryName(revision)!, "report." + format);

        var (exit, stdout, _) = Run("diff", RepoPaths.V2Spec, revision, "--format", format, "--output", output);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("1 ERR"));
        var text = File.ReadAllText(output);
        switch (format)
        {
            case "json":
                Assert.That(JsonNode.Parse(text)!["findings"]![0]!["path"]!.GetValue<string>(), Does.EndWith("$[*].inviterUsername"));
                break;
            case "markdown":
                Assert.That(text, Does.Contain("#### ERR: 1 change\n").And.Contain("| `response-optional-property-removed` |"));
                Assert.That(text, Does.Not.Contain(Path.GetTempPath()).And.Not.Contain(RepoPaths.Root), "no absolute local path in a report");
                break;
            default:
                var failure = System.Xml.Linq.XDocument.Parse(text).Descendants("failure").Single();
                Assert.That(failure.Parent!.Attribute("name")!.Value, Does.Contain("response-optional-property-removed"));
                Assert.That(failure.Attribute("message")!.Value, Does.StartWith("ERR response-optional-property-removed: "));
                break;
        }
    }

    [Test]
    public void Diff_MarkdownTooLongForAComment_WritesTheSummaryAndTheFullReportBeside()
    {
        var output = Temp("diff.md", string.Empty);

        var (exit, _, _) = Run("diff", RepoPaths.AtlasSpec("2025-10-08"), RepoPaths.AtlasSpec("2026-07-31"), "--format", "markdown", "--output", output);

        Assert.That(exit, Is.EqualTo(1));
        var summary = File.ReadAllText(output);
        var full = File.ReadAllText(Path.Combine(Path.GetDirectoryName(output)!, "diff.full.md"));
        Assert.That(summary, Has.Length.LessThanOrEqualTo(60_000).And.Contain("in the full report:** `diff.full.md`."));
        Assert.That(full, Has.Length.GreaterThan(summary.Length).And.Not.Contain("more changes ("));
    }

    [Test]
    public void Diff_GitHubActionsFormat_AnnotatesTheRevisionLineOfTheProperty()
    {
        var text = File.ReadAllText(RepoPaths.V2Spec).Replace("          pattern: ^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$\n          type: string\n        roles:", "          pattern: ^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$\n          nullable: true\n          type: string\n        roles:", StringComparison.Ordinal);
        var revision = Temp("listOrgInvites.yaml", text);
        var line = Array.IndexOf(text.Split('\n'), "        orgName:") + 1;

        var (exit, stdout, _) = Run("diff", RepoPaths.V2Spec, revision, "--format", "githubactions");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(line, Is.GreaterThan(300));
        Assert.That(stdout.Trim(), Is.EqualTo($"::error file=listOrgInvites.yaml,line={line},title=response-property-became-nullable::ERR response-property-became-nullable: GET /api/atlas/v2/orgs/{{orgId}}/invites: response property 200 application/vnd.atlas.2023-01-01+json $[*].orgName may now be null."));
    }

    [Test]
    public void Diff_SarifFormat_Is210WithRuleIdAndLine()
    {
        var text = File.ReadAllText(RepoPaths.V2Spec).Replace("        inviterUsername:", "        inviterName:", StringComparison.Ordinal);
        var revision = Temp("listOrgInvites.yaml", text);

        var (exit, stdout, _) = Run("diff", RepoPaths.V2Spec, revision, "--format", "sarif");

        Assert.That(exit, Is.EqualTo(1));
        var sarif = JsonNode.Parse(stdout)!;
        Assert.That(sarif["version"]!.GetValue<string>(), Is.EqualTo("2.1.0"));
        var removed = sarif["runs"]![0]!["results"]!.AsArray().Single(r => r!["level"]!.GetValue<string>() == "error")!;
        Assert.That(removed["ruleId"]!.GetValue<string>(), Is.EqualTo("response-optional-property-removed"));
        var location = removed["locations"]![0]!["physicalLocation"]!;
        Assert.That(location["artifactLocation"]!["uri"]!.GetValue<string>(), Is.EqualTo("listOrgInvites.yaml"));
        Assert.That(location["region"]!["startLine"]!.GetValue<int>(), Is.EqualTo(Array.IndexOf(text.Split('\n'), "      properties:", Array.IndexOf(text.Split('\n'), "    OrganizationInvitation:")) + 1), "a removed property points at the properties it was removed from");
    }

    [Test]
    public void Diff_ConfigWithUnknownRule_Exits2NamingTheFile()
    {
        var config = Temp("gate.yaml", "levels:\n  not-a-rule: ERR\n");

        var (exit, _, err) = Run("diff", RepoPaths.V2Spec, RepoPaths.V2Spec, "--config", config);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("gate.yaml: levels: unknown rule id 'not-a-rule'"));
    }

    [Test]
    public void Compat_BundledFragments_Exits0()
    {
        var (exit, stdout, _) = Run("compat", RepoPaths.V1Spec, RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("compatible $[*].createdAt: string(date-time) -> string(date-time)"));
    }

    [Test]
    public void Validate_BundledFragment_Exits0()
    {
        var (exit, stdout, _) = Run("validate", RepoPaths.V1Spec);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("0 errors"));
    }

    [Test]
    public void Validate_InvalidDocument_Exits1WithPointers()
    {
        var spec = Temp("bad.yaml", "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses: {}\n");

        var (exit, stdout, _) = Run("validate", spec);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("#/paths"));
    }

    [Test]
    public void Slice_LatestRealSpec_WritesTheBundledFragmentAgain()
    {
        var atlas = RepoPaths.AtlasSpec("2026-08-21");
        var output = Path.Combine(Path.GetDirectoryName(Temp("x", string.Empty))!, "sliced.yaml");

        var (exit, _, _) = Run("slice", atlas, "--operation", "listOrgInvites", "--output", output);

        Assert.That(exit, Is.EqualTo(0));
        var sliced = AtlasContract.Spec.Loading.SpecLoader.Load(output);
        var bundled = AtlasContract.Spec.Loading.SpecLoader.Load(RepoPaths.V2Spec);
        Assert.That(JsonNode.DeepEquals(sliced.Root, bundled.Root), Is.True);
    }

    [Test]
    public void Slice_WithoutOutput_PrintsYamlThatLoadsBack()
    {
        var (exit, stdout, _) = Run("slice", RepoPaths.V1Spec, "--operation", "getOrgInvites");

        Assert.That(exit, Is.EqualTo(0));
        var reloaded = AtlasContract.Spec.Loading.SpecLoader.Parse(stdout, "stdout.yaml");
        Assert.That(JsonNode.DeepEquals(reloaded.Root["paths"], AtlasContract.Spec.Loading.SpecLoader.Load(RepoPaths.V1Spec).Root["paths"]), Is.True);
    }
}
