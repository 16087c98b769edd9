using System.Xml.Linq;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests.Commands;

public class GateCommandTests
{
    private static string ReportDir() => Path.Combine(Path.GetDirectoryName(Temp("x", string.Empty))!, "gate");

    [Test]
    public void Gate_RepositoryAsCommitted_PassesAndWritesReports()
    {
        var reports = ReportDir();

        var (exit, stdout, _) = Run("gate", "--today", "2026-12-02", "--root", RepoPaths.Root, "--skip-codegen-check", "--report-dir", reports);

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("gate: PASSED").And.Contain("compat cloud-manager-v1.0-invites -> atlas-v2-invites").And.Contain("verify contract-tests/pacts/"));
        Assert.That(File.ReadAllText(Path.Combine(reports, "gate-report.md")), Does.Contain("| compat cloud-manager-v1.0-invites -> atlas-v2-invites | pass |"));
        var junit = XDocument.Load(Path.Combine(reports, "gate-junit.xml"));
        Assert.That(junit.Descendants("testcase").Count(), Is.GreaterThan(10));
        Assert.That(junit.Descendants("failure"), Is.Empty);
    }

    [Test]
    public void Gate_BaselineHadAFieldTheSpecDropped_FailsNamingIt()
    {
        var current = File.ReadAllText(RepoPaths.V2Spec);
        var baseline = Temp("listOrgInvites.yaml", current.Replace("        orgName:\n", "        region:\n          type: string\n        orgName:\n", StringComparison.Ordinal));

        var (exit, stdout, _) = Run("gate", "--today", "2026-12-02", "--root", RepoPaths.Root, "--skip-codegen-check", "--baseline", baseline, "--report-dir", ReportDir());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("FAIL  diff spec/atlas-v2/listOrgInvites.yaml").And.Contain("$[*].region"));
        Assert.That(stdout, Does.Contain("skip  diff spec/atlas-v1.0/getOrgInvites.yaml").And.Contain("skipped by request"), "the baseline file is for the v2 fragment only");
    }

    [Test]
    public void Gate_GitHubActionsFormat_AnnotatesTheFragmentAndReportsCarryNoAbsolutePath()
    {
        var current = File.ReadAllText(RepoPaths.V2Spec);
        var baseline = Temp("listOrgInvites.yaml", current.Replace("        orgName:\n", "        region:\n          type: string\n        orgName:\n", StringComparison.Ordinal));
        var reports = ReportDir();

        var (exit, stdout, _) = Run("gate", "--today", "2026-12-02", "--root", RepoPaths.Root, "--skip-codegen-check", "--baseline", baseline, "--report-dir", reports, "--format", "githubactions");

        Assert.That(exit, Is.EqualTo(1));
        var properties = Array.IndexOf(current.Split('\n'), "      properties:", Array.IndexOf(current.Split('\n'), "    OrganizationInvitation:")) + 1;
        Assert.That(stdout, Does.Contain($"::error file=spec/atlas-v2/listOrgInvites.yaml,line={properties},title=response-optional-property-removed::ERR response-optional-property-removed: "));
        foreach (var report in new[] { "gate-report.md", "gate-junit.xml", "gate.sarif" })
        {
            var text = File.ReadAllText(Path.Combine(reports, report));
            Assert.That(text, Does.Contain("response-optional-property-removed"), report);
            Assert.That(text, Does.Not.Contain(RepoPaths.Root).And.Not.Contain(Path.GetTempPath()), report + " holds no absolute local path");
        }
    }

    [Test]
    public void Gate_NoBaselineWithBaselineRef_Exits2()
    {
        var (exit, _, err) = Run("gate", "--today", "2026-12-02", "--root", RepoPaths.Root, "--no-baseline", "--baseline-ref", "main");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--no-baseline cannot be combined"));
    }

    [Test]
    public void Gate_UnknownBaselineRef_Exits2NamingTheFetch()
    {
        var (exit, _, err) = Run("gate", "--today", "2026-12-02", "--root", RepoPaths.Root, "--skip-codegen-check", "--baseline-ref", "origin/no-such-branch");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--baseline-ref origin/no-such-branch: no such commit").And.Contain("git fetch origin no-such-branch"));
    }

    [Test]
    public void Gate_ManifestNamesAnUpstreamSpecThatDropsAUsedField_Fails()
    {
        var full = AtlasContract.Spec.Loading.SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21")).Root;
        ((System.Text.Json.Nodes.JsonObject)full["components"]!["schemas"]!["OrganizationInvitation"]!["properties"]!).Remove("username");
        var upstream = Temp("atlas-v2.json", full.ToJsonString());
        var fragment = Temp("listOrgInvites.yaml", File.ReadAllText(RepoPaths.V2Spec));
        var pact = Temp("v2.json", File.ReadAllText(RepoPaths.Manifest.Contract("atlas-v2-invites").Pacts.Single().Full));
        var manifest = Temp(AtlasContract.Spec.Manifest.ContractManifest.FileName, $"contracts:\n  - name: v2\n    fragment: {Path.GetFileName(fragment)}\n    upstream: {{ operations: [listOrgInvites], spec: {Path.GetFileName(upstream)} }}\n    pacts: [{Path.GetFileName(pact)}]\n");

        var (exit, stdout, _) = Run("gate", "--today", "2026-12-02", "--config", manifest, "--no-baseline", "--report-dir", ReportDir());

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  upstream").And.Contain("$[*].username was removed. [read by the pacts]"));
        Assert.That(stdout, Does.Contain("skip  diff").And.Contain("skipped by request (--no-baseline)"));
    }

    [Test]
    public void Gate_AllowListedBreak_Passes()
    {
        var current = File.ReadAllText(RepoPaths.V2Spec);
        var baseline = Temp("listOrgInvites.yaml", current.Replace("        orgName:\n", "        region:\n          type: string\n        orgName:\n", StringComparison.Ordinal));
        var config = Temp("gate.yaml", "allow:\n  - rule: response-optional-property-removed\n    path: 200 application/vnd.atlas.2023-01-01+json $[*].region\n    reason: region was never returned\n");

        var (exit, stdout, _) = Run("gate", "--today", "2026-12-02", "--root", RepoPaths.Root, "--skip-codegen-check", "--baseline", baseline, "--config", config, "--report-dir", ReportDir());

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("1 allowed"));
    }
}
