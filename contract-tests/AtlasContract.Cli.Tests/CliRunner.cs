namespace AtlasContract.Cli.Tests;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
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
