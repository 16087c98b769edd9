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

        var (exit, stdout, _) = Run("gate", "--root", RepoPaths.Root, "--skip-codegen-check", "--report-dir", reports);

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

        var (exit, stdout, _) = Run("gate", "--root", RepoPaths.Root, "--skip-codegen-check", "--baseline", baseline, "--report-dir", ReportDir());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("FAIL  diff spec/atlas-v2/listOrgInvites.yaml").And.Contain("$[*].region"));
        Assert.That(stdout, Does.Contain("skip  diff spec/atlas-v1.0/getOrgInvites.yaml"), "the baseline file is for the v2 fragment only");
    }

    [Test]
    public void Gate_AllowListedBreak_Passes()
    {
        var current = File.ReadAllText(RepoPaths.V2Spec);
        var baseline = Temp("listOrgInvites.yaml", current.Replace("        orgName:\n", "        region:\n          type: string\n        orgName:\n", StringComparison.Ordinal));
        var config = Temp("gate.yaml", "allow:\n  - rule: response-optional-property-removed\n    path: 200 application/vnd.atlas.2023-01-01+json $[*].region\n    reason: region was never returned\n");

        var (exit, stdout, _) = Run("gate", "--root", RepoPaths.Root, "--skip-codegen-check", "--baseline", baseline, "--config", config, "--report-dir", ReportDir());

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("1 allowed"));
    }
}
