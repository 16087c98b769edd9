using System.Diagnostics;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// Regenerates the client into a temporary folder (the same MSBuild target the build runs) and compares it
/// with the committed <c>src/AtlasContract.Client/Generated</c> files. Nothing in the work tree is touched.
/// </summary>
internal static class CodegenCheck
{
    private const string Fix = "dotnet build src/AtlasContract.Client -p:AtlasRegenerate=true";

    public static GateStep Run(string root)
    {
        const string name = "generated client is current";
        var project = Path.Combine(root, "src", "AtlasContract.Client", "AtlasContract.Client.csproj");
        var committed = Path.Combine(root, "src", "AtlasContract.Client", "Generated");
        var temp = Directory.CreateTempSubdirectory("atlas-codegen-");
        try
        {
            var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-restore", "-nologo", "-v:q", "-t:AtlasGenerateClients", "-p:AtlasRegenerate=true", $"-p:AtlasGeneratedDir={temp.FullName}/"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = root,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return new GateStep(name, StepStatus.Fail, "regeneration failed", (output.Result + error.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20).ToList());
            }

            var stale = new List<string>();
            foreach (var file in Directory.GetFiles(temp.FullName, "*.g.cs"))
            {
                var mine = Path.Combine(committed, Path.GetFileName(file));
                if (!File.Exists(mine) || File.ReadAllText(mine) != File.ReadAllText(file))
                {
                    stale.Add(Path.GetRelativePath(root, mine));
                }
            }

            return stale.Count == 0
                ? new GateStep(name, StepStatus.Pass, $"{Directory.GetFiles(temp.FullName, "*.g.cs").Length} files match a fresh generation", [])
                : new GateStep(name, StepStatus.Fail, $"{stale.Count} stale: run `{Fix}` and commit", stale);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new GateStep(name, StepStatus.Skip, "dotnet not found: " + ex.Message, []);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
