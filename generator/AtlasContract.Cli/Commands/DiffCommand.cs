using System.CommandLine;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Cli.Commands;

/// <summary><c>diff BASE REVISION</c>: breaking changes, classified by the rule catalogue.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout)
    {
        var basePath = new Argument<string>("BASE") { Description = "The OpenAPI document before (YAML or JSON)" };
        var revisionPath = new Argument<string>("REVISION") { Description = "The OpenAPI document after" };
        var format = CliOptions.Format("text, json, markdown, junit, githubactions, sarif");
        var output = CliOptions.Output();
        var failOn = CliOptions.FailOn();
        var config = CliOptions.Config();
        var today = CliOptions.Today();
        var command = new Command("diff", "Breaking changes from BASE to REVISION, classified by the rule catalogue (exit 1 when a finding reaches --fail-on).")
        {
            basePath, revisionPath, format, output, failOn, config, today,
        };
        command.WithExample("atlas-contract diff main/listOrgInvites.yaml spec/atlas-v2/listOrgInvites.yaml --format markdown --output diff.md");
        command.SetAction(r => Run(r.GetValue(basePath)!, r.GetValue(revisionPath)!, r.GetValue(format), r.GetValue(output), r.GetValue(failOn), r.GetValue(config), stdout, CliOptions.ParseToday(r.GetValue(today))));
        return command;
    }

    public static int Run(string basePath, string revisionPath, string? formatName, string? outputPath, string? failOnName, string? configPath, TextWriter stdout, DateOnly today)
    {
        var format = Output.Format(formatName);
        var failOn = Output.FailOn(failOnName);
        var config = configPath is { } c ? ContractManifest.Load(c).Diff : DiffConfig.Empty;
        foreach (var notice in config.Notices)
        {
            Console.Error.WriteLine("note: " + notice);
        }

        var (before, after) = LoadPair(basePath, revisionPath);
        before = new SpecDocument(ReportPaths.Display(basePath), before.Root);
        after = new SpecDocument(ReportPaths.Display(revisionPath), after.Root);

        var report = SpecDiff.Compare(before, after, config, today);

        // A Markdown summary written to a file that cannot hold every change points to the full report beside it.
        var full = format == ReportFormat.Markdown && outputPath is not (null or "-") && !string.IsNullOrWhiteSpace(outputPath) ? FullReportPath(outputPath) : null;
        var summary = format == ReportFormat.Markdown ? DiffReports.Markdown(report, failOn, fullReport: full is null ? null : Path.GetFileName(full)) : null;
        if (full is not null && summary!.Contains(Path.GetFileName(full), StringComparison.Ordinal))
        {
            Output.Write(full, DiffReports.Markdown(report, failOn, int.MaxValue), stdout);
        }

        Output.Write(outputPath, format switch
        {
            ReportFormat.GitHubActions => GitHubActions.Render(Locate(report, after, revisionPath), failOn),
            ReportFormat.Sarif => Sarif.Render(Locate(report, after, revisionPath), failOn),
            ReportFormat.Markdown => summary!,
            _ => DiffReports.Render(report, format, failOn),
        }, stdout);
        if (outputPath is not null)
        {
            stdout.WriteLine(report.Summary(failOn));
        }

        return report.Fails(failOn) ? Cli.GateFailed : Cli.Passed;
    }

    /// <summary>"diff.md" → "diff.full.md", beside it.</summary>
    private static string FullReportPath(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? string.Empty, Path.GetFileNameWithoutExtension(output) + ".full.md");

    private static IReadOnlyList<LocatedFinding> Locate(DiffReport report, SpecDocument revision, string revisionPath) =>
        LocatedFinding.Locate(report, FindingLocator.Load(revision, revisionPath), revision.Source);

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
