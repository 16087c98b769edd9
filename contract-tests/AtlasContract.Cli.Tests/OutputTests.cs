using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests;

/// <summary>Where --output writes: atomically over regular files, through devices and symlinks, never onto a folder.</summary>
public class OutputTests
{
    [Test]
    public void Write_SymlinkToADevice_WritesThroughAndKeepsTheLink()
    {
        if (!File.Exists("/dev/null"))
        {
            Assert.Ignore("Skipped: /dev/null does not exist on this system.");
        }

        var link = Path.Combine(Folder(), "report-link");
        File.CreateSymbolicLink(link, "/dev/null");

        var (exit, _, err) = Run("validate", RepoPaths.V2Spec, "--output", link);

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("/dev/null"), "the symlink was replaced by a file");
        Assert.That(new FileInfo("/dev/null").Length, Is.EqualTo(0), "/dev/null became a regular file");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(link)!, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Write_SymlinkToARegularFile_ReplacesTheTargetAndKeepsTheLink()
    {
        var folder = Folder();
        var target = Path.Combine(folder, "real-report.txt");
        File.WriteAllText(target, "old");
        var link = Path.Combine(folder, "report-link.txt");
        File.CreateSymbolicLink(link, target);

        var (exit, _, _) = Run("validate", RepoPaths.V2Spec, "--output", link);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target));
        Assert.That(File.ReadAllText(target), Does.Contain("0 errors"));
        Assert.That(Directory.GetFiles(folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Write_RegularFile_IsReplacedWithNoTemporaryFileLeft()
    {
        var folder = Folder();
        var report = Path.Combine(folder, "report.txt");
        File.WriteAllText(report, "old");

        var (exit, stdout, _) = Run("validate", RepoPaths.V2Spec, "--output", report);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Is.Empty);
        Assert.That(File.ReadAllText(report), Does.Contain("0 errors"));
        Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { report }));
    }

    [Test]
    public void Write_NewFileInANewFolder_IsCreated()
    {
        var report = Path.Combine(Folder(), "new", "folder", "report.txt");

        var (exit, _, err) = Run("validate", RepoPaths.V2Spec, "--output", report);

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(File.ReadAllText(report), Does.Contain("0 errors"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(report)!), Is.EqualTo(new[] { report }));
    }

    [Test]
    public void Write_Dash_WritesToStdout()
    {
        var (exit, stdout, _) = Run("slice", RepoPaths.V2Spec, "--operation", "listOrgInvites", "--output", "-");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.StartWith("openapi: 3.0.1"));
        Assert.That(File.Exists("-"), Is.False);
    }

    [TestCase("validate")]
    [TestCase("slice")]
    public void Write_Folder_Exits2AndLeavesItAlone(string command)
    {
        var folder = Folder();

        var (exit, _, err) = command == "slice" ? Run("slice", RepoPaths.V2Spec, "--operation", "listOrgInvites", "--output", folder) : Run("validate", RepoPaths.V2Spec, "--output", folder);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo($"atlas-contract: error: {folder}: is a directory; name a file to write"));
        Assert.That(Directory.GetFileSystemEntries(folder), Is.Empty);
    }

    [Test]
    public void Write_Root_Exits2()
    {
        var (exit, _, err) = Run("validate", RepoPaths.V2Spec, "--output", "/");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo("atlas-contract: error: /: is a directory; name a file to write"));
    }

    [TestCase("validate")]
    [TestCase("slice")]
    public void Write_EmptyPath_Exits2(string command)
    {
        var (exit, _, err) = command == "slice" ? Run("slice", RepoPaths.V2Spec, "--operation", "listOrgInvites", "--output", string.Empty) : Run("validate", RepoPaths.V2Spec, "--output", string.Empty);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err, Does.Contain("empty path"));
    }

    [Test]
    public void Write_BelowARegularFile_Exits2WithNoTemporaryFileLeft()
    {
        var folder = Folder();
        var file = Path.Combine(folder, "plain.txt");
        File.WriteAllText(file, "x");

        var (exit, _, err) = Run("validate", RepoPaths.V2Spec, "--output", Path.Combine(file, "report.txt"));

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { file }));
    }

    private static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "atlas-cli-tests", TestContext.CurrentContext.Test.ID, "out");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        return dir;
    }
}
