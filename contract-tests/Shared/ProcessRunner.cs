using System.Diagnostics;

namespace AtlasContract.Tests.Shared;

/// <summary>Runs a program to completion (bounded in time), capturing what it prints.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// The environment of a user's shell for a build or the gate in a clone: without the MSBuild settings the test host
    /// exports, and without a CI's target-branch variables.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> UserShell { get; } = new Dictionary<string, string?>
    {
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["GITHUB_BASE_REF"] = null,
        ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = null,
    };

    public static (int Exit, string Output) Run(string file, IEnumerable<string> args, string? directory = null, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory ?? Environment.CurrentDirectory };
        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {limit.TotalSeconds:F0} s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
