namespace AtlasContract.Cli.Tests;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>The date every command that judges sunsets runs on in the tests: no test reads the wall clock.</summary>
    public const string Today = "2026-12-02";

    private static readonly string[] Dated = ["diff", "gate", "upstream"];

    /// <summary>Runs the CLI; a command that judges dates gets <c>--today</c> <see cref="Today"/> unless the test gives one.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        if (args.Length > 0 && Dated.Contains(args[0]) && !args.Contains("--today"))
        {
            args = [args[0], "--today", Today, .. args[1..]];
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Temp(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "atlas-cli-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), TestContext.CurrentContext.Test.ID);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
