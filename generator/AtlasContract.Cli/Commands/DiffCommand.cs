using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Cli.Commands;

/// <summary><c>diff BASE REVISION</c>: breaking changes, classified by the rule catalogue.</summary>
internal static class DiffCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var line = new CommandLine(args, Output.Set(), Output.Set("format", "output", "fail-on", "config"));
        var basePath = line.Arg(0, "BASE");
        var revisionPath = line.Arg(1, "REVISION");
        line.NoMorePositional(2);
        var format = Output.Format(line);
        var failOn = Output.FailOn(line);
        var config = line.Value("config") is { } c ? ContractManifest.Load(c).Diff : DiffConfig.Empty;
        var (before, after) = LoadPair(basePath, revisionPath);

        var report = SpecDiff.Compare(before, after, config);

        Output.Write(line, DiffReports.Render(report, format, failOn), stdout);
        if (line.Value("output") is not null)
        {
            stdout.WriteLine(DiffReports.Summary(report, failOn));
        }

        return report.Fails(failOn) ? Cli.GateFailed : Cli.Passed;
    }

    /// <summary>Both documents load in parallel (two cores, two 4 MB specs).</summary>
    public static (SpecDocument Base, SpecDocument Revision) LoadPair(string basePath, string revisionPath)
    {
        var before = Task.Run(() => SpecLoader.Load(basePath));
        var after = Task.Run(() => SpecLoader.Load(revisionPath));
        try
        {
            Task.WaitAll(before, after);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is SpecLoadException))
        {
            throw ex.InnerExceptions[0];
        }

        return (before.Result, after.Result);
    }
}
