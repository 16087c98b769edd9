using System.Diagnostics;

namespace AtlasContract.Cli.Commands;

/// <summary>Reads a file as committed on a ref, for the gate's baseline.</summary>
internal static class Git
{
    /// <remarks>The path is relative to the root folder, which may be a subfolder of the repository.</remarks>
    /// <returns>The file's text, or null when git, the ref or the file is not there.</returns>
    public static string? Show(string root, string reference, string relative)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "show", $"{reference}:./{relative}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
