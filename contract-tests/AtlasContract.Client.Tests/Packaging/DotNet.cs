using System.Text.RegularExpressions;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>Runs the dotnet CLI for a packaging test; a failure reports the compiler's and NuGet's error lines first.</summary>
internal static partial class DotNet
{
    public static string Run(string directory, params string[] args)
    {
        var (exit, output) = ProcessRunner.Run("dotnet", args, directory, timeout: TimeSpan.FromMinutes(15));

        Assert.That(exit, Is.EqualTo(0), () => $"dotnet {string.Join(' ', args)} in {directory} failed:\n{Failure(output)}");
        return output;
    }

    /// <summary>The distinct error lines (CS…, NU…, MSB…, failed tests) first, then the whole output.</summary>
    public static string Failure(string output)
    {
        var errors = output.Split('\n').Select(l => l.TrimEnd()).Where(l => ErrorLine().IsMatch(l)).Distinct().ToList();
        return errors.Count == 0
            ? output
            : $"{errors.Count} error line(s):\n{string.Join('\n', errors)}\n\n--- full output ---\n{output}";
    }

    [GeneratedRegex(@"(: error [A-Z]+\d+)|(^\s*Failed [\w.]+ \[)|(^\s*(Error Message|Expected|But was):)")]
    private static partial Regex ErrorLine();
}
