using AtlasContract.Cli.Commands;
using AtlasContract.Cli.Tests.Commands.Gate;

namespace AtlasContract.Cli.Tests.Commands;

public sealed class GitBaselineTests
{
    [Test]
    public void ReadText_FilesOnTheRef_ReturnsTheCommittedTextNotTheWorkTree()
    {
        using var repo = new MiniRepo();
        repo.Write("spec/things.yaml", "edited on the feature branch");
        using var baseline = new GitBaseline(repo.Root, "main");

        var things = baseline.ReadText("spec/things.yaml");
        var manifest = baseline.ReadText("contract-gate.yaml");

        Assert.That(things, Does.Contain("listThings").And.Not.Contain("edited"));
        Assert.That(manifest, Is.EqualTo(File.ReadAllText(Path.Combine(repo.Root, "contract-gate.yaml"))));
    }

    [Test]
    public void ReadText_MissingFileOrFolder_ReturnsNullAndKeepsReading()
    {
        using var repo = new MiniRepo();
        using var baseline = new GitBaseline(repo.Root, "main");

        Assert.That(baseline.ReadText("spec/nothing.yaml"), Is.Null);
        Assert.That(baseline.ReadText("spec"), Is.Null, "a folder is not a file");
        Assert.That(baseline.ReadText("spec/widgets.yaml"), Does.Contain("listWidgets"), "the reader survives misses");
    }

    [Test]
    public void ReadText_RefMovesAfterFirstRead_KeepsReadingTheFirstCommit()
    {
        using var repo = new MiniRepo();
        using var baseline = new GitBaseline(repo.Root, "main");
        var before = baseline.ReadText("spec/things.yaml");

        repo.Git("checkout", "-q", "main");
        repo.Edit("spec/widgets.yaml", "listWidgets", "listGadgets");
        repo.Commit("main moves on");

        Assert.That(baseline.ReadText("spec/widgets.yaml"), Does.Contain("listWidgets"), "one run reads one commit");
        Assert.That(before, Does.Contain("listThings"));
    }

    [Test]
    public void ReadText_ManifestInSubfolder_ResolvesPathsFromThatFolder()
    {
        using var repo = new MiniRepo();
        repo.Write("nested/contract-gate.yaml", "contracts: []\n");
        repo.Commit("nested manifest");
        using var baseline = new GitBaseline(Path.Combine(repo.Root, "nested"), "feature");

        Assert.That(baseline.ReadText("contract-gate.yaml"), Is.EqualTo("contracts: []\n"));
        Assert.That(baseline.ReadText("../spec/things.yaml"), Does.Contain("listThings"));
    }

    [Test]
    public void ReadText_UnknownRef_ThrowsNamingTheRef()
    {
        using var repo = new MiniRepo();
        using var baseline = new GitBaseline(repo.Root, "no-such-branch");

        Assert.That(() => baseline.ReadText("contract-gate.yaml"), Throws.InstanceOf<IOException>().With.Message.Contains("no-such-branch"));
    }

    [Test]
    public void ReadText_BlobListedButNotAvailable_ThrowsInsteadOfReportingNoFile()
    {
        using var repo = new MiniRepo();
        repo.Git("config", "uploadpack.allowFilter", "true");
        var clone = Path.Combine(Path.GetDirectoryName(repo.Root)!, "partial");
        repo.Git("clone", "-q", "--filter=blob:none", "--no-checkout", new Uri(repo.Root).AbsoluteUri, clone);
        repo.Git("-C", clone, "remote", "remove", "origin"); // nothing left to fetch the missing blobs from
        using var baseline = new GitBaseline(clone, "HEAD");

        Assert.That(() => baseline.ReadText("spec/things.yaml"), Throws.InstanceOf<IOException>().With.Message.Contains("not available"),
            "a baseline file that cannot be read must fail the gate, never count as a new contract");
        Assert.That(baseline.ReadText("spec/nothing.yaml"), Is.Null, "a file the tree does not list is still simply absent");
    }

    [TestCase("", "spec/a.yaml", "spec/a.yaml")]
    [TestCase("nested/", "../spec/a.yaml", "spec/a.yaml")]
    [TestCase("", "./spec//a.yaml", "spec/a.yaml")]
    [TestCase("", "../outside.yaml", null)]
    public void TopPath_PrefixAndRelative_JoinsAndResolvesDots(string prefix, string relative, string? expected) =>
        Assert.That(GitBatch.TopPath(prefix, relative), Is.EqualTo(expected));
}
