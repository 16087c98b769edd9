using System.Runtime.InteropServices;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Cli.Tests.Packaging;

/// <summary>
/// The artifact users get: the tool package and its Native AOT package for this machine, installed with
/// <c>dotnet tool install</c>, run as a user runs it. A trim or AOT error anywhere in the engine fails here.
/// </summary>
public class ToolPackageTests
{
    [Test]
    public void Pack_NativeForThisMachine_InstallsAndRunsTheGate()
    {
        var work = Directory.CreateTempSubdirectory("atlas-tool-package-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var tools = Path.Combine(work.FullName, "tools");
            var version = $"0.0.0-test.g{Guid.NewGuid():N}";
            var project = RepoPaths.File("generator", "AtlasContract.Cli");
            Run("dotnet", "pack", project, "-c", "Release", "-o", feed, $"-p:Version={version}", "-nologo", "-v:q");
            Run("dotnet", "pack", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", feed, $"-p:Version={version}", "-nologo", "-v:q");
            Run("dotnet", "tool", "install", "AtlasContract.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
            var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "atlas-contract.exe" : "atlas-contract");

            var (exit, output) = ProcessRunner.Run(tool, ["gate", "--root", RepoPaths.Root, "--skip-codegen-check", "--no-baseline", "--today", CliRunner.Today, "--report-dir", Path.Combine(work.FullName, "gate")], RepoPaths.Root);

            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("gate: PASSED"));
            Assert.That(File.Exists(Path.Combine(work.FullName, "gate", "gate.sarif")), Is.True);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var (exit, output) = ProcessRunner.Run(file, args, RepoPaths.Root, timeout: TimeSpan.FromMinutes(15));
        Assert.That(exit, Is.EqualTo(0), $"{file} {string.Join(' ', args)}:\n{output}");
    }
}
