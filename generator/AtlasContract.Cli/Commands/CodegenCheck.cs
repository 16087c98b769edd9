using System.Diagnostics;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// Regenerates the client into a temporary folder (the same MSBuild target the build runs, reading the same
/// manifest) and compares every declared codegen <c>output</c> with a fresh generation. Nothing in the work
/// tree is touched. A check that compared nothing, or could not run, fails.
/// </summary>
internal static class CodegenCheck
{
    public const string Name = "generated client is current";

    public static GateStep Run(ContractManifest manifest)
    {
        var outputs = manifest.Contracts.Where(c => c.Codegen is not null).Select(c => c.Codegen!.Output).ToList();
        var stale = new List<string>();
        var compared = 0;
        foreach (var group in outputs.GroupBy(o => ProjectOf(o.Full)))
        {
            if (group.Key is null)
            {
                return new GateStep(Name, StepStatus.Fail, $"no project (.csproj) above {group.First().Relative}: codegen.output must lie in the client project", []);
            }

            var fix = $"dotnet build {Path.GetRelativePath(manifest.Directory, group.Key).Replace('\\', '/')} -p:AtlasRegenerate=true";
            var temp = Directory.CreateTempSubdirectory("atlas-codegen-");
            try
            {
                var (exit, log) = Regenerate(manifest, group.Key, temp.FullName);
                if (exit != 0)
                {
                    return new GateStep(Name, StepStatus.Fail, $"regeneration failed (exit {exit}): try `{fix}`", log);
                }

                foreach (var output in group)
                {
                    var fresh = Path.Combine(temp.FullName, Path.GetFileName(output.Full));
                    if (!File.Exists(fresh))
                    {
                        return new GateStep(Name, StepStatus.Fail, $"regeneration wrote no {Path.GetFileName(output.Full)}: is the project importing AtlasContract.Codegen.targets?", log);
                    }

                    compared++;
                    if (!File.Exists(output.Full) || File.ReadAllText(output.Full) != File.ReadAllText(fresh))
                    {
                        stale.Add($"{output.Relative} is stale: run `{fix}` and commit");
                    }
                }
            }
            finally
            {
                temp.Delete(recursive: true);
            }
        }

        return compared == 0 ? new GateStep(Name, StepStatus.Fail, "no generated file was compared (the manifest declares no codegen output)", [])
            : stale.Count == 0 ? new GateStep(Name, StepStatus.Pass, $"{compared} files match a fresh generation", [])
            : new GateStep(Name, StepStatus.Fail, $"{stale.Count} of {compared} generated files are stale", stale);
    }

    private static (int Exit, List<string> Log) Regenerate(ContractManifest manifest, string project, string into)
    {
        try
        {
            var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-restore", "-nologo", "-v:q", "-t:AtlasGenerateClients", "-p:AtlasRegenerate=true", $"-p:AtlasGeneratedDir={into}/", $"-p:AtlasManifest={manifest.Path}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = manifest.Directory,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, (output.Result + error.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20).ToList());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ["dotnet not found: " + ex.Message]);
        }
    }

    private static string? ProjectOf(string file)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(file)!); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && dir.GetFiles("*.csproj") is [var project, ..])
            {
                return project.FullName;
            }
        }

        return null;
    }
}
