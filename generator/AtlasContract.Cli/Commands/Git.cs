using System.Diagnostics;

namespace AtlasContract.Cli.Commands;

/// <summary>Reads files as committed on a ref, for the gate's baseline. Paths are relative to the folder git runs in.</summary>
internal static class Git
{
    /// <summary>Does <paramref name="reference"/> name a commit here? False when git or the repository is missing too.</summary>
    public static bool RefExists(string root, string reference) =>
        Run(root, "rev-parse", "--verify", "--quiet", reference + "^{commit}") is { Exit: 0 };

    /// <summary>Is <paramref name="relative"/> a file in <paramref name="reference"/>'s tree?</summary>
    public static bool FileExists(string root, string reference, string relative) =>
        Run(root, "ls-tree", "--name-only", reference, "--", relative) is { Exit: 0, Output.Length: > 0 };

    /// <returns>The file's text, or null when git, the ref or the file is not there.</returns>
    public static string? Show(string root, string reference, string relative) =>
        Run(root, "show", $"{reference}:./{relative}") is { Exit: 0 } result ? result.Output : null;

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
