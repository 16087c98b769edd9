using System.Diagnostics;
using AtlasContract.Spec.Codegen;
using AtlasContract.Spec.Gate;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// Regenerates the client into a temporary folder (the same MSBuild target the build runs, reading the same
/// manifest) and compares every declared codegen <c>output</c>, each API surface's model file and each project's DI registration, with a fresh generation. Nothing in the work
/// tree is touched. A check that compared nothing, or could not run, fails.
/// </summary>
internal sealed class CodegenCheck(bool skip) : IGateCheck
{
    public const string Name = "generated client is current";

    public string Kind => "codegen";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        if (skip)
        {
            yield return CheckResult.Skipped(Kind, Name, "--skip-codegen-check");
            yield break;
        }

        CheckResult result;
        try
        {
            result = Proven(context) ?? Check(context.Working);
        }
        catch (Exception ex) when (ex is InvalidDataException or AtlasContract.Spec.Loading.SpecLoadException)
        {
            result = Fail("the model sets could not be read: " + ex.Message, []); // a fragment whose API surface is unclear
        }

        yield return result;
    }

    /// <summary>The DI registration the build writes beside the clients of each project (AtlasContract.Codegen.targets).</summary>
    public const string RegistrationFile = "AtlasClients.g.cs";

    /// <summary>One file the build generates: a client, or a project's DI registration, and the contracts it is made from.</summary>
    private sealed record GeneratedFile(string? Project, string Relative, string Full, IReadOnlyList<ContractEntry> From);

    /// <summary>Every file the build generates: each contract's codegen output and, per client project, its DI registration.</summary>
    private static List<GeneratedFile> Generated(ContractManifest manifest)
    {
        var files = new List<GeneratedFile>();
        // every file of a model set (the surface's models, each of its clients) is made from all the surface's contracts
        var surfaces = CodegenSurfaces.Of(manifest);
        foreach (var group in manifest.Contracts.Where(c => c.Codegen is not null).GroupBy(c => ProjectOf(c.Codegen!.Output.Full)))
        {
            var own = surfaces.Where(s => group.Contains(s.Contracts[0])).ToList();
            files.AddRange(group.Select(c => new GeneratedFile(group.Key, c.Codegen!.Output.Relative, c.Codegen.Output.Full, own.First(s => s.Contracts.Contains(c)).Contracts)));
            files.AddRange(own.Select(s => new GeneratedFile(group.Key, s.Models.Relative, s.Models.Full, s.Contracts)));
            if (group.Key is not null)
            {
                var registration = Path.Combine(Path.GetDirectoryName(group.Key)!, "Generated", RegistrationFile);
                files.Add(new GeneratedFile(group.Key, Path.GetRelativePath(manifest.Directory, registration).Replace('\\', '/'), registration, group.ToList()));
            }
        }

        return files;
    }

    /// <summary>
    /// Currency proven without regenerating: every generated file is byte-identical to the baseline's (whose own
    /// gate regenerated it whenever it changed) and its stamp equals the hash of its inputs as they are now (so no
    /// input changed since). Null on any doubt: a missing stamp, another input, a file that differs from the
    /// baseline, no baseline; the check then regenerates.
    /// </summary>
    private CheckResult? Proven(GateContext context)
    {
        if (context.Baseline is not { } baseline || baseline is FileBaseline)
        {
            return null;
        }

        var files = Generated(context.Working);
        foreach (var file in files)
        {
            if (file.Project is null || !File.Exists(file.Full))
            {
                return null;
            }

            var text = File.ReadAllText(file.Full);
            if (CodegenStamp.Read(text) != CodegenStamp.Inputs(context.Working, file.From) || baseline.ReadText(file.Relative) != text)
            {
                return null;
            }
        }

        return files.Count == 0 ? null
            : new CheckResult(Kind, Name, CheckStatus.Pass, $"{files.Count} files current: unchanged from {baseline.Name} and their inputs stamps match (not regenerated)");
    }

    private CheckResult Check(ContractManifest manifest)
    {
        var stale = new List<string>();
        var compared = 0;
        foreach (var group in Generated(manifest).GroupBy(f => f.Project))
        {
            if (group.Key is null)
            {
                return Fail($"no project (.csproj) above {group.First().Relative}: codegen.output must lie in the client project", []);
            }

            var fix = $"dotnet build {Path.GetRelativePath(manifest.Directory, group.Key).Replace('\\', '/')} -p:AtlasRegenerate=true";
            var temp = Directory.CreateTempSubdirectory("atlas-codegen-");
            try
            {
                var (exit, log) = Regenerate(manifest, group.Key, temp.FullName);
                if (exit != 0)
                {
                    return Fail($"regeneration failed (exit {exit}): try `{fix}`", log);
                }

                foreach (var file in group)
                {
                    var fresh = Path.Combine(temp.FullName, Path.GetFileName(file.Full));
                    if (!File.Exists(fresh))
                    {
                        return Fail($"regeneration wrote no {Path.GetFileName(file.Full)}: is the project importing AtlasContract.Codegen.targets?", log);
                    }

                    compared++;
                    if (!File.Exists(file.Full) || File.ReadAllText(file.Full) != File.ReadAllText(fresh))
                    {
                        stale.Add($"{file.Relative} is stale: run `{fix}` and commit");
                    }
                }
            }
            finally
            {
                temp.Delete(recursive: true);
            }
        }

        return compared == 0 ? Fail("no generated file was compared (the manifest declares no codegen output)", [])
            : stale.Count == 0 ? new CheckResult(Kind, Name, CheckStatus.Pass, $"{compared} files match a fresh generation")
            : Fail($"{stale.Count} of {compared} generated files are stale", stale);
    }

    private CheckResult Fail(string summary, IReadOnlyList<string> details) =>
        new(Kind, Name, CheckStatus.Fail, summary) { Details = details };

    /// <summary>Runs the build's generation target on <paramref name="project"/>; into a folder, or (null) into the manifest's outputs.</summary>
    internal static (int Exit, List<string> Log) Regenerate(ContractManifest manifest, string project, string? into)
    {
        try
        {
            string[] args = ["msbuild", project, "-restore", "-nologo", "-v:m", "-t:AtlasGenerateClients", "-p:AtlasRegenerate=true", $"-p:AtlasManifest={manifest.Path}"];
            var start = new ProcessStartInfo("dotnet", into is null ? args : [.. args, $"-p:AtlasGeneratedDir={into}/"])
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
            return (process.ExitCode, (output.Result + error.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ["dotnet not found: " + ex.Message]);
        }
    }

    internal static string? ProjectOf(string file)
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
