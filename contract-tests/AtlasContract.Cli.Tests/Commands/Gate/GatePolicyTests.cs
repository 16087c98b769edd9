namespace AtlasContract.Cli.Tests.Commands.Gate;

/// <summary>
/// The change under review cannot switch its own gate off: on a feature branch with main as the baseline, the
/// policy in force (levels, allow, contracts, pacts, compat pairs, warnDays) is main's, and every difference is a
/// finding of the "policy changes" check.
/// </summary>
public class GatePolicyTests
{
    private const string AllowNullable = "allow:\n  - rule: response-property-became-nullable\n    operation: GET /api/things\n    reason: ids may be missing (ticket 7)\n";

    [Test]
    public void Gate_NoChange_PassesWithSamePolicy()
    {
        using var repo = new MiniRepo();

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("pass  policy changes").And.Contain("the manifest's policy is the same as on main"));
    }

    [Test]
    public void Gate_BreakAndAllowEntryInOneChange_FailsNamingTheAllowEntry()
    {
        using var repo = new MiniRepo();
        repo.MakeIdNullable();
        repo.Edit("contract-gate.yaml", "allow: []\n", AllowNullable);

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  diff spec/things.yaml vs baseline").And.Contain("response-property-became-nullable"));
        Assert.That(stdout, Does.Contain("FAIL  policy changes").And.Contain("policy-allow-added: allow response-property-became-nullable GET /api/things added (reason: ids may be missing (ticket 7))"));
    }

    [Test]
    public void Gate_AllowEntryMergedFirstThenTheBreak_Passes()
    {
        using var repo = new MiniRepo();
        repo.Edit("contract-gate.yaml", "allow: []\n", AllowNullable);
        repo.Commit("allow nullable names");
        repo.Git("checkout", "-q", "main");
        repo.Git("merge", "-q", "--ff-only", "feature");
        repo.Git("checkout", "-q", "feature");
        repo.MakeIdNullable();

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("pass  diff spec/things.yaml vs baseline").And.Contain("1 allowed"));
        Assert.That(stdout, Does.Contain("pass  policy changes"));
    }

    [Test]
    public void Gate_BreakAndLoweredLevel_FailsNamingTheLevel()
    {
        using var repo = new MiniRepo();
        repo.MakeIdNullable();
        repo.Edit("contract-gate.yaml", "levels: {}\n", "levels:\n  response-property-became-nullable: INFO\n");

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  diff spec/things.yaml vs baseline").And.Contain("1 ERR"), "the baseline's level is in force");
        Assert.That(stdout, Does.Contain("policy-level-lowered: levels.response-property-became-nullable: ERR on the baseline, INFO here"));
    }

    [Test]
    public void Gate_RaisedLevel_PassesAndListsIt()
    {
        using var repo = new MiniRepo();
        repo.Edit("contract-gate.yaml", "levels: {}\n", "levels:\n  response-property-enum-value-added: ERR\n");

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("pass  policy changes").And.Contain("INFO policy-level-raised: levels.response-property-enum-value-added: WARN on the baseline, ERR here"));
    }

    [Test]
    public void Gate_ContractDeleted_FailsNamingItsOperations()
    {
        using var repo = new MiniRepo();
        repo.Edit("contract-gate.yaml", "  - name: widgets\n    fragment: spec/widgets.yaml\n    pacts: [pacts/shop-widgets.json]\n", string.Empty);
        repo.Edit("contract-gate.yaml", "compat:\n  - old: things\n    new: widgets\n    oldOperation: listThings\n    newOperation: listWidgets\n", string.Empty);
        File.Delete(Path.Combine(repo.Root, "spec", "widgets.yaml"));
        File.Delete(Path.Combine(repo.Root, "pacts", "shop-widgets.json"));

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  diff spec/widgets.yaml vs baseline (contract widgets removed)")
            .And.Contain("contract widgets removed: GET /api/widgets was removed"));
        Assert.That(stdout, Does.Contain("policy-contract-removed: contract widgets (spec/widgets.yaml) removed").And.Contain("pacts/shop-widgets.json no longer verified"));
        Assert.That(stdout, Does.Contain("policy-compat-removed: compat things -> widgets (listThings -> listWidgets) removed"));
    }

    [Test]
    public void Gate_ContractRemovedAfterItsSunset_DiffPassesAndThePolicyRowStillAsksForApproval()
    {
        using var repo = new MiniRepo();
        repo.Edit("spec/widgets.yaml", "      operationId: listWidgets\n", "      operationId: listWidgets\n      deprecated: true\n      x-sunset: \"2026-06-30\"\n");
        repo.Git("checkout", "-q", "main");
        repo.Commit("widgets are deprecated, sunset 2026-06-30");
        repo.Git("checkout", "-q", "feature");
        repo.Git("rebase", "-q", "main");
        repo.Edit("contract-gate.yaml", "  - name: widgets\n    fragment: spec/widgets.yaml\n    pacts: [pacts/shop-widgets.json]\n", string.Empty);
        repo.Edit("contract-gate.yaml", "compat:\n  - old: things\n    new: widgets\n    oldOperation: listThings\n    newOperation: listWidgets\n", string.Empty);

        var (exit, stdout, _) = repo.Gate();
        var (accepted, acceptedOut, _) = repo.Gate("--accept-policy-changes");

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Match(@"pass  diff spec/widgets.yaml vs baseline \(contract widgets removed\) +widgets is no longer declared: 1 findings: 0 ERR, 0 WARN, 1 INFO"));
        Assert.That(File.ReadAllText(Path.Combine(repo.Root, "artifacts", "gate", "gate-report.md")), Does.Contain("api-removed-after-sunset").And.Contain("was removed after its sunset date 2026-06-30"));
        Assert.That(stdout, Does.Contain("FAIL  policy changes").And.Contain("policy-contract-removed"));
        Assert.That(accepted, Is.EqualTo(0), acceptedOut);
    }

    [Test]
    public void Gate_PactDroppedFromContract_FailsNamingThePactFile()
    {
        using var repo = new MiniRepo();
        repo.Edit("contract-gate.yaml", "    pacts: [pacts/shop-widgets.json]\n", string.Empty);

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  policy changes").And.Contain("policy-pact-removed: contract widgets: pact pacts/shop-widgets.json is no longer declared"));
    }

    [Test]
    public void Gate_AcceptPolicyChanges_TurnsEachWeakeningIntoAListedPass()
    {
        using var repo = new MiniRepo();
        repo.MakeIdNullable();
        repo.Edit("contract-gate.yaml", "allow: []\n", AllowNullable);
        repo.Edit("contract-gate.yaml", "    pacts: [pacts/shop-widgets.json]\n", string.Empty);
        repo.Edit("contract-gate.yaml", "  warnDays: 180\n", "  warnDays: 30\n");

        var (exit, stdout, _) = repo.Gate("--accept-policy-changes");

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("pass  policy changes").And.Contain("3 weakening"));
        foreach (var rule in new[] { "policy-allow-added", "policy-pact-removed", "policy-sunset-warn-days-lowered" })
        {
            Assert.That(stdout, Does.Match($@"ERR  {rule}: .*\(accepted: --accept-policy-changes\)"), rule);
        }

        Assert.That(stdout, Does.Contain("pass  diff spec/things.yaml vs baseline").And.Contain("1 allowed"), "the work tree's allow entry applies");
    }

    [Test]
    public void Gate_FragmentMoved_DiffsAgainstItsBaselinePath()
    {
        using var repo = new MiniRepo();
        repo.Git("mv", "spec/things.yaml", "spec/things-v2.yaml");
        repo.Edit("contract-gate.yaml", "fragment: spec/things.yaml", "fragment: spec/things-v2.yaml");
        repo.Edit("spec/things-v2.yaml", "        id:\n          type: string\n", "        id:\n          type: string\n          nullable: true\n");

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  diff spec/things-v2.yaml vs baseline").And.Contain("vs main:spec/things.yaml (moved from spec/things.yaml)"));
        Assert.That(stdout, Does.Contain("INFO policy-fragment-moved: contract things: fragment spec/things.yaml -> spec/things-v2.yaml"));
    }

    [Test]
    public void Gate_FragmentOutsideTheRepository_Exits2NamingTheKey()
    {
        using var repo = new MiniRepo();
        File.WriteAllText(Path.Combine(repo.Root, "..", "outside.yaml"), "openapi: 3.0.1\n");
        repo.Edit("contract-gate.yaml", "fragment: spec/widgets.yaml", "fragment: ../outside.yaml");

        var (exit, _, err) = repo.Gate();

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err, Does.Contain("contracts[1].fragment: '../outside.yaml' lies outside the repository"));
    }

    [Test]
    public void Gate_PactSymlinkedOutsideTheRepository_Exits2()
    {
        using var repo = new MiniRepo();
        var outside = Path.Combine(repo.Root, "..", "elsewhere.json");
        File.WriteAllText(outside, repo.Read("pacts/shop-things.json"));
        File.Delete(Path.Combine(repo.Root, "pacts", "shop-things.json"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "pacts", "shop-things.json"), outside);

        var (exit, _, err) = repo.Gate();

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("contracts[0].pacts[0]: 'pacts/shop-things.json' lies outside the repository"));
    }

    [Test]
    public void Gate_BaselineRefStartingWithDash_Exits2()
    {
        using var repo = new MiniRepo();

        var (exit, _, err) = CliRunner.Run("gate", "--root", repo.Root, "--baseline-ref", "--output=x", "--today", MiniRepo.Today);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("may not start with '-'"));
    }

    [Test]
    public void Gate_RemovedContractMissingOnBaseline_LeavesAFailRowAndEveryReport()
    {
        using var repo = new MiniRepo();
        // The baseline's manifest names a fragment the baseline does not hold: the removed-contract diff throws.
        repo.Git("checkout", "-q", "main");
        repo.Git("rm", "-q", "spec/widgets.yaml");
        repo.Commit("lose the fragment");
        repo.Git("checkout", "-q", "feature");
        repo.Git("rebase", "-q", "main");
        repo.Edit("contract-gate.yaml", "  - name: widgets\n    fragment: spec/widgets.yaml\n    pacts: [pacts/shop-widgets.json]\n", string.Empty);
        repo.Edit("contract-gate.yaml", "compat:\n  - old: things\n    new: widgets\n    oldOperation: listThings\n    newOperation: listWidgets\n", string.Empty);

        var (exit, stdout, _) = repo.Gate();

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  diff").And.Contain("could not run: InvalidOperationException"));
        Assert.That(stdout, Does.Contain("pass  sunset countdown").And.Contain("FAIL  policy changes"), "the checks after it still ran");
        foreach (var report in new[] { "gate-report.md", "gate-junit.xml", "gate.sarif" })
        {
            Assert.That(File.Exists(Path.Combine(repo.Root, "artifacts", "gate", report)), report);
        }

        Assert.That(File.ReadAllText(Path.Combine(repo.Root, "artifacts", "gate", "gate-junit.xml")), Does.Contain("could not run: InvalidOperationException"));
    }

    [Test]
    public void Gate_TodayNotADate_Exits2()
    {
        using var repo = new MiniRepo();

        var (exit, _, err) = CliRunner.Run("gate", "--root", repo.Root, "--today", "tomorrow");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--today tomorrow: expected a date as YYYY-MM-DD"));
    }
}
