using System.Diagnostics;
using System.Text;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>gate</c>: the main job on the repository's own files. Validates both fragments, checks the committed
/// generated client is current, checks v1.0 → v2 compatibility, diffs each fragment against its baseline
/// (the version on the main branch, or <c>--baseline</c>), verifies the pacts against the fragments; prints a
/// summary table and writes Markdown and JUnit reports.
/// </summary>
internal static class GateCommand
{
    private static readonly (string Name, string Relative)[] Fragments =
    [
        ("v2", "spec/atlas-v2/listOrgInvites.yaml"),
        ("v1.0", "spec/atlas-v1.0/getOrgInvites.yaml"),
    ];

    public static int Run(string[] args, TextWriter stdout)
    {
        var line = new CommandLine(args, Output.Set("skip-codegen-check"), Output.Set("root", "baseline", "baseline-ref", "report-dir", "config", "fail-on"));
        line.NoMorePositional(0);
        var root = line.Value("root") is { } r ? Path.GetFullPath(r) : FindRoot();
        var failOn = Output.FailOn(line);
        var configPath = line.Value("config") ?? Path.Combine(root, "contract-gate.yaml");
        var config = File.Exists(configPath) ? DiffConfig.Load(configPath) : line.Value("config") is null ? DiffConfig.Empty : throw new SpecLoadException(configPath, "file not found");
        var reportDir = Path.GetFullPath(line.Value("report-dir") ?? Path.Combine(root, "artifacts", "gate"));
        var clock = Stopwatch.StartNew();

        var documents = Fragments.ToDictionary(f => f.Name, f => SpecLoader.Load(Path.Combine(root, f.Relative)));
        var steps = new List<GateStep>();
        steps.AddRange(Fragments.Select(f => Validate(f.Relative, documents[f.Name])));
        steps.Add(line.Flag("skip-codegen-check") ? new GateStep("generated client is current", StepStatus.Skip, "skipped (--skip-codegen-check)", []) : CodegenCheck.Run(root));
        steps.Add(Compat(documents["v1.0"], documents["v2"]));
        steps.AddRange(Fragments.Select(f => Baseline(root, f.Relative, documents[f.Name], line.Value("baseline"), line.Value("baseline-ref") ?? "main", config, failOn)));
        steps.AddRange(Pacts(root, documents));

        WriteReports(reportDir, steps);
        stdout.Write(Table(steps));
        var failed = steps.Count(s => s.Status == StepStatus.Fail);
        stdout.WriteLine($"gate: {(failed == 0 ? "PASSED" : $"FAILED ({failed} of {steps.Count} checks)")} in {clock.Elapsed.TotalSeconds:F1} s; reports in {reportDir}");
        return failed == 0 ? Cli.Passed : Cli.GateFailed;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AtlasContract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new UsageException("not inside the AtlasContract repository (no AtlasContract.sln above the current folder); pass --root DIR");
    }

    private static GateStep Validate(string relative, SpecDocument document)
    {
        var diagnostics = SpecValidator.Validate(document);
        var errors = diagnostics.Where(d => d.Severity == "error").ToList();
        return new GateStep($"validate {relative}", errors.Count == 0 ? StepStatus.Pass : StepStatus.Fail,
            $"{errors.Count} errors, {diagnostics.Count - errors.Count} warnings", diagnostics.Select(d => d.ToString()).ToList())
        {
            Cases = [new JUnit.Case(relative, "validate", errors.Count == 0 ? null : string.Join("\n", errors))],
        };
    }

    private static GateStep Compat(SpecDocument v1, SpecDocument v2)
    {
        var report = CompatChecker.Check(v1, v2);
        return new GateStep("compat v1.0 -> v2", report.Compatible ? StepStatus.Pass : StepStatus.Fail, CompatCommand.Summary(report),
            report.Rows.Where(r => r.Breaks).Select(r => r.ToString()).ToList(), CompatCommand.Render(report, ReportFormat.Markdown))
        {
            Cases = CompatCommand.Cases(report).ToList(),
        };
    }

    private static GateStep Baseline(string root, string relative, SpecDocument current, string? baseline, string reference, DiffConfig config, Level failOn)
    {
        var name = $"diff {relative} vs baseline";
        SpecDocument? before;
        string source;
        if (baseline is not null)
        {
            var path = Directory.Exists(baseline) ? Path.Combine(baseline, relative.Replace("spec/", string.Empty, StringComparison.Ordinal)) : baseline;
            if (!Directory.Exists(baseline) && Path.GetFileName(baseline) != Path.GetFileName(relative))
            {
                return new GateStep(name, StepStatus.Skip, $"--baseline {baseline} is for another fragment", []);
            }

            before = SpecLoader.Load(path);
            source = path;
        }
        else
        {
            var text = Git.Show(root, reference, relative);
            if (text is null)
            {
                return new GateStep(name, StepStatus.Skip, $"no baseline: {reference}:{relative} is not in git (pass --baseline FILE)", []);
            }

            before = SpecLoader.Parse(Encoding.UTF8.GetBytes(text), $"{reference}:{relative}");
            source = $"{reference}:{relative}";
        }

        var report = SpecDiff.Compare(before, current, config);
        return new GateStep(name, report.Fails(failOn) ? StepStatus.Fail : StepStatus.Pass, $"vs {source}: " + DiffReports.Summary(report, failOn),
            report.Findings.Select(f => $"{f.Level.Name()} {f.RuleId}: {f.Message}").ToList(), DiffReports.Render(report, ReportFormat.Markdown, failOn))
        {
            Cases = DiffReports.Cases(report, failOn, relative + ": ").DefaultIfEmpty(new JUnit.Case(relative, "diff", null)).ToList(),
        };
    }

    private static IEnumerable<GateStep> Pacts(string root, Dictionary<string, SpecDocument> documents)
    {
        var folder = Path.Combine(root, "contract-tests", "pacts");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            yield return new GateStep("verify pacts", StepStatus.Skip, $"no pact files in {folder}", []);
            yield break;
        }

        foreach (var file in files)
        {
            var (_, provider, interactions) = PactFile.Load(file);
            var spec = documents.Values.FirstOrDefault(d => interactions.Count > 0 && new PactVerifier(d).Verify(interactions[0]).All(p => !p.Contains("no path of the spec matches", StringComparison.Ordinal)))
                ?? documents["v2"];
            var problems = new PactVerifier(spec).Verify(interactions);
            var relative = Path.GetRelativePath(root, file);
            yield return new GateStep($"verify {relative}", problems.Count == 0 ? StepStatus.Pass : StepStatus.Fail,
                $"{interactions.Count} interactions of {provider} against {Path.GetFileName(spec.Source)}: {problems.Count} problems", problems.Select(p => p.ToString()).ToList())
            {
                Cases = interactions.Select(i => new JUnit.Case(i.Description, relative, problems.Where(p => p.Interaction == i.Description).Select(p => p.Problem).DefaultIfEmpty().Aggregate((a, b) => a + "\n" + b))).ToList(),
            };
        }
    }

    private static string Table(List<GateStep> steps)
    {
        var width = steps.Max(s => s.Name.Length);
        var text = new StringBuilder();
        foreach (var step in steps)
        {
            text.AppendLine($"{StatusText(step.Status),-4}  {step.Name.PadRight(width)}  {step.Summary}");
            foreach (var detail in step.Status == StepStatus.Fail ? step.Details.Take(20) : [])
            {
                text.AppendLine($"        {detail}");
            }
        }

        return text.ToString();
    }

    private static string StatusText(StepStatus status) => status switch
    {
        StepStatus.Pass => "pass",
        StepStatus.Fail => "FAIL",
        _ => "skip",
    };

    private static void WriteReports(string dir, List<GateStep> steps)
    {
        Directory.CreateDirectory(dir);
        var md = new StringBuilder("## AtlasContract gate\n\n| Check | Result | Summary |\n| --- | --- | --- |\n");
        foreach (var step in steps)
        {
            md.AppendLine($"| {Markdowns.Cell(step.Name)} | {StatusText(step.Status)} | {Markdowns.Cell(step.Summary)} |");
        }

        foreach (var step in steps.Where(s => s.Markdown is not null || (s.Status == StepStatus.Fail && s.Details.Count > 0)))
        {
            md.AppendLine().AppendLine(step.Markdown ?? $"### {step.Name}\n\n" + string.Concat(step.Details.Select(d => $"- {Markdowns.Cell(d)}\n")));
        }

        Output.Write(Path.Combine(dir, "gate-report.md"), md.ToString(), TextWriter.Null);
        var cases = steps.SelectMany(s => s.Cases.Count > 0 ? s.Cases : [new JUnit.Case(s.Name, "gate", s.Status == StepStatus.Fail ? s.Summary : null, s.Status == StepStatus.Skip ? s.Summary : null)]);
        Output.Write(Path.Combine(dir, "gate-junit.xml"), JUnit.Suite("atlas-contract gate", cases), TextWriter.Null);
    }
}
