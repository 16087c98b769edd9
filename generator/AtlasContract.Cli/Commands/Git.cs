using System.Diagnostics;

namespace AtlasContract.Cli.Commands;

/// <summary>Runs git for the gate's baseline (the files themselves are read by <see cref="GitBatch"/>).</summary>
internal static class Git
{
    /// <summary>Does <paramref name="reference"/> name a commit here? False when git or the repository is missing too.</summary>
    public static bool RefExists(string root, string reference) =>
        Run(root, "rev-parse", "--verify", "--quiet", reference + "^{commit}") is { Exit: 0 };

    /// <returns>Does <paramref name="commit"/>'s tree list <paramref name="topPath"/> (from the repository's top) as a file? Null when git fails.</returns>
    public static bool? ListsFile(string root, string commit, string topPath) =>
        Run(root, "ls-tree", "--full-tree", commit, "--", topPath) is { Exit: 0 } result
            ? result.Output.Split('\n').Any(l => l.Split('\t') is [var meta, var name] && name == topPath && meta.Split(' ') is [_, "blob", _])
            : null;

    /// <returns><c>git rev-parse ARGS</c>'s first line, or null when it fails.</returns>
    public static string? RevParse(string root, params string[] args) =>
        Run(root, ["rev-parse", .. args]) is { Exit: 0 } result ? result.Output.Split('\n')[0].TrimEnd('\r') : null;

    private static (int Exit, string Output)? Run(string root, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, .. args])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
