using System.Text.RegularExpressions;
using AtlasContract.Spec.Codegen;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests.Commands;

/// <summary>
/// The gate as a new user and a pull-request pipeline meet it: in clones of this repository (its committed
/// state), not in the work tree the tests run in.
/// </summary>
public class GateCloneTests
{
    [Test]
    public void Gate_FreshClone_ReadmeMainCommandPassesFirstAndLeavesItClean()
    {
        var clone = Clone();
        var command = ReadmeMainCommand();

        // Nothing restored, no ../shared beside it: the README's command as the very first one.
        var (exit, output) = ProcessRunner.Run("sh", ["-c", command + " --today 2026-12-02"], clone, ProcessRunner.UserShell, TimeSpan.FromMinutes(30));

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Match($@"pass +generated client is current +{GeneratedFiles()} files (match a fresh generation|current: unchanged from)"));
        Assert.That(output, Does.Contain("gate: PASSED"));
        Assert.That(Git(clone, "status", "--porcelain"), Is.Empty, "the gate leaves the clone clean");
    }

    [Test]
    public void Gate_CodegenStamps_SkipRegenerationOnlyWhenCurrencyIsProven()
    {
        var clone = Clone();
        string[] gate = ["gate", "--root", clone, "--baseline-ref", "HEAD", "--today", "2026-12-02"];

        // Nothing changed since HEAD: every stamp matches its inputs, so nothing is regenerated.
        var (exit, stdout, _) = Run([.. gate, "--report-dir", Path.Combine(clone, "artifacts", "same")]);

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain($"pass  generated client is current").And.Contain($"{GeneratedFiles()} files current: unchanged from HEAD and their inputs stamps match (not regenerated)"));

        // A hand edit: the file differs from the baseline, so it is regenerated and found stale.
        var contract = RepoPaths.Manifest.Contracts.First(c => c.Codegen is not null);
        var generated = Path.Combine(clone, contract.Codegen!.Output.Relative);
        var original = File.ReadAllText(generated);
        File.AppendAllText(generated, "// edited by hand\n");

        var (editedExit, edited, _) = Run([.. gate, "--report-dir", Path.Combine(clone, "artifacts", "edited")]);

        Assert.That(editedExit, Is.EqualTo(1), edited);
        Assert.That(edited, Does.Contain("FAIL  generated client is current").And.Contain($"{contract.Codegen.Output.Relative} is stale"));

        // A hand edit of the model file the contract's API surface shares: found stale likewise.
        File.WriteAllText(generated, original);
        var surface = CodegenSurfaces.Of(RepoPaths.Manifest, contract);
        var models = Path.Combine(clone, surface.Models.Relative);
        var originalModels = File.ReadAllText(models);
        File.AppendAllText(models, "// edited by hand\n");

        var (modelsExit, modelsEdited, _) = Run([.. gate, "--report-dir", Path.Combine(clone, "artifacts", "models")]);

        Assert.That(modelsExit, Is.EqualTo(1), modelsEdited);
        Assert.That(modelsEdited, Does.Contain($"{surface.Models.Relative} is stale"));

        // An input changed and the generated files did not: the stamps no longer match, so they are regenerated and
        // stale: the contract's client, the surface's model file and every other client of the surface (one stamp each).
        File.WriteAllText(models, originalModels);
        File.AppendAllText(Path.Combine(clone, contract.Fragment.Relative), "# a comment is an input too\n");

        var (inputExit, input, _) = Run([.. gate, "--report-dir", Path.Combine(clone, "artifacts", "input")]);

        Assert.That(inputExit, Is.EqualTo(1), input);
        Assert.That(input, Does.Contain("FAIL  generated client is current").And.Contain($"{contract.Codegen.Output.Relative} is stale").And.Contain($"{surface.Models.Relative} is stale"));
        foreach (var sibling in surface.Contracts)
        {
            Assert.That(input, Does.Contain($"{sibling.Codegen!.Output.Relative} is stale"));
        }
    }

    [Test]
    public void Gate_PullRequestCloneWithNullableRequiredProperty_FailsWithDefaultArguments()
    {
        var origin = Clone();
        Git(origin, "checkout", "-q", "-B", "main"); // main at the committed state, whichever branch the clone is on
        Git(origin, "checkout", "-q", "-b", "feature");
        var fragment = Path.Combine(origin, "spec", "atlas-v2", "listOrgInvites.yaml");
        var text = File.ReadAllText(fragment);
        // orgName is required: a reader could count on a value (an optional property becoming nullable is WARN).
        const string orgName = "        orgName:\n          description: Human-readable label that identifies this organization.\n";
        Assert.That(text, Does.Contain(orgName));
        File.WriteAllText(fragment, text.Replace(orgName, orgName + "          nullable: true\n", StringComparison.Ordinal));
        Git(origin, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-am", "orgName may be null");
        var pr = Path.Combine(Path.GetDirectoryName(origin)!, "pr");
        Git(Path.GetDirectoryName(origin)!, "clone", "-q", "--single-branch", "--branch", "feature", origin, pr);

        // As CI checks a pull request out: only the feature branch, no main to compare with.
        var (noBaseline, _, err) = Run("gate", "--today", "2026-12-02", "--root", pr, "--skip-codegen-check");

        Assert.That(noBaseline, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err, Does.Contain("no baseline to diff against").And.Contain("git fetch origin main").And.Contain("--no-baseline"));

        // The README's CI job fetches the target branch; then the same default arguments catch the break.
        Git(pr, "fetch", "-q", "origin", "main:refs/remotes/origin/main");
        var (exit, stdout, _) = Run("gate", "--today", "2026-12-02", "--root", pr, "--skip-codegen-check", "--report-dir", Path.Combine(pr, "artifacts", "gate"));

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("FAIL  diff spec/atlas-v2/listOrgInvites.yaml vs baseline").And.Contain("vs origin/main:"));
        Assert.That(stdout, Does.Contain("response-property-became-nullable").And.Contain("$[*].orgName"));
    }

    /// <summary>What the build generates from the manifest: each contract's client and, per client project, its DI registration.</summary>
    private static int GeneratedFiles()
    {
        // each contract's client, each API surface's model file, each project's DI registration
        var outputs = RepoPaths.Manifest.Contracts.Where(c => c.Codegen is not null).Select(c => c.Codegen!.Output.Full).ToList();
        return outputs.Count + CodegenSurfaces.Of(RepoPaths.Manifest).Count + outputs.Select(o => Path.GetDirectoryName(Path.GetDirectoryName(o))).Distinct().Count();
    }

    /// <summary>The first command the README's set-up section runs the gate with.</summary>
    private static string ReadmeMainCommand()
    {
        var readme = File.ReadAllText(RepoPaths.File("README.md"));
        var match = Regex.Match(readme, @"^    (dotnet run --project \S+ -- gate)\s*$", RegexOptions.Multiline);
        Assert.That(match.Success, Is.True, "the README shows the main command as an indented line");
        return match.Groups[1].Value;
    }

    private readonly List<DirectoryInfo> _folders = [];

    [TearDown]
    public void RemoveClones()
    {
        foreach (var folder in _folders)
        {
            folder.Delete(recursive: true);
        }

        _folders.Clear();
    }

    /// <summary>A clone in a folder of its own (unique per call, so parallel runs never share one), removed after the test.</summary>
    private string Clone()
    {
        var parent = Directory.CreateTempSubdirectory("atlas-clone-tests-");
        _folders.Add(parent);
        var clone = Path.Combine(parent.FullName, "clone");
        Git(parent.FullName, "clone", "-q", RepoPaths.Root, clone);
        return clone;
    }

    private static string Git(string directory, params string[] args)
    {
        var (exit, output) = ProcessRunner.Run("git", args, directory);
        Assert.That(exit, Is.EqualTo(0), $"git {string.Join(' ', args)}: {output}");
        return output.Trim();
    }
}
