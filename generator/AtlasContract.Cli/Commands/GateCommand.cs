using System.CommandLine;
using System.Diagnostics;
using System.Text;
using AtlasContract.Cli.Commands.Upstream;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Spec.Sunset;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>gate</c>: the main job on a repository with a contracts manifest (<c>contract-gate.yaml</c>). Validates
/// every declared fragment, checks the committed generated client is current, checks each compat pair, diffs
/// each fragment against its baseline, verifies each contract's pacts against its fragment; prints a summary
/// table and writes Markdown and JUnit reports. Nothing about the contracts is compiled in: all comes from the
/// manifest.
/// </summary>
internal static class GateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var root = CliOptions.Root();
        var config = CliOptions.Config();
        var baseline = new Option<string?>("--baseline") { Description = "Compare with this fragment FILE, or a DIR laid out like the manifest's folder, instead of git", HelpName = "PATH" };
        var baselineRef = new Option<string?>("--baseline-ref") { Description = "Git ref to compare with (default: the CI's target branch, then origin/main, then main)", HelpName = "REF" };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Do not diff against a baseline (a first run); shown as skipped by request" };
        var reportDir = new Option<string?>("--report-dir") { Description = "Where gate-report.md and gate-junit.xml go (default artifacts/gate)", HelpName = "DIR" };
        var failOn = CliOptions.FailOn();
        var skipCodegen = new Option<bool>("--skip-codegen-check") { Description = "Do not regenerate the client to check Generated/ is current; shown as skipped by request" };
        var format = CliOptions.Format("text, githubactions (the table, then one annotation per finding at the fragment's line)");
        var command = new Command("gate", "The main job on a repository with a contracts manifest: validate each fragment, check the generated client is current, check the compat pairs, diff each fragment against its baseline, verify the pacts (exit 1 when a check fails or could not run).")
        {
            root, config, baseline, baselineRef, noBaseline, reportDir, failOn, skipCodegen, format,
        };
        command.WithExample("atlas-contract gate", "atlas-contract gate --baseline-ref origin/release-1.2 --report-dir artifacts/gate");
        command.SetAction(r => Run(
            new Options(r.GetValue(root), r.GetValue(config), r.GetValue(baseline), r.GetValue(baselineRef), r.GetValue(noBaseline), r.GetValue(reportDir), r.GetValue(failOn), r.GetValue(skipCodegen), r.GetValue(format)),
            stdout));
        return command;
    }

    public sealed record Options(string? Root, string? Config, string? Baseline, string? BaselineRef, bool NoBaseline, string? ReportDir, string? FailOn, bool SkipCodegenCheck, string? Format = null);

    public static int Run(Options options, TextWriter stdout)
    {
        var failOn = Output.FailOn(options.FailOn);
        var format = Output.Format(options.Format);
        if (format is not (ReportFormat.Text or ReportFormat.GitHubActions))
        {
            throw new UsageException($"--format: gate prints text or githubactions (its reports are always written as Markdown, JUnit and SARIF to --report-dir)");
        }

        var manifest = LoadManifest(options.Root, options.Config);
        var root = manifest.Directory;
        var reportDir = Path.GetFullPath(options.ReportDir ?? Path.Combine(root, "artifacts", "gate"));
        var baseline = ChooseBaseline(options, root);
        var clock = Stopwatch.StartNew();

        var documents = manifest.Contracts.ToDictionary(c => c.Name, c => new SpecDocument(c.Fragment.Relative, SpecLoader.Load(c.Fragment.Full).Root));
        // Each declared pact is read once, for its verification and for the sunset countdown.
        var pacts = manifest.Contracts.SelectMany(c => c.Pacts).Select(p => p.Full).Distinct(StringComparer.Ordinal).Where(File.Exists)
            .ToDictionary(path => path, path => PactFile.Load(path), StringComparer.Ordinal);
        var steps = new List<GateStep>();
        steps.AddRange(manifest.Contracts.Select(c => Validate(c.Fragment.Relative, documents[c.Name])));
        if (manifest.Contracts.Any(c => c.Codegen is not null))
        {
            steps.Add(options.SkipCodegenCheck ? new GateStep(CodegenCheck.Name, StepStatus.Skip, "skipped by request (--skip-codegen-check)", []) : CodegenCheck.Run(manifest));
        }

        steps.AddRange(manifest.Compat.Select(pair => Compat(pair, documents)));
        steps.AddRange(manifest.Contracts.Select(c => Baseline(root, c.Fragment.Relative, documents[c.Name], baseline, manifest.Diff, failOn)));
        steps.AddRange(manifest.Contracts.SelectMany(c => Pacts(c, documents[c.Name], pacts)));
        steps.AddRange(Upstream(manifest));
        steps.Add(SunsetStep(manifest, documents, pacts, failOn));

        WriteReports(reportDir, steps, failOn);
        stdout.Write(Table(steps));
        if (format == ReportFormat.GitHubActions)
        {
            stdout.Write(Annotations(steps, failOn));
        }

        var failed = steps.Count(s => s.Status == StepStatus.Fail);
        stdout.WriteLine($"gate: {(failed == 0 ? "PASSED" : $"FAILED ({failed} of {steps.Count} checks)")} in {clock.Elapsed.TotalSeconds:F1} s; reports in {reportDir}");
        return failed == 0 ? Cli.Passed : Cli.GateFailed;
    }

    /// <summary>What each fragment is diffed against: a path, a git ref, or nothing (only when asked for).</summary>
    private sealed record BaselineChoice(string? Path, string? Ref, bool NotRequested);

    private static BaselineChoice ChooseBaseline(Options options, string root)
    {
        if (options.NoBaseline)
        {
            return options.Baseline is null && options.BaselineRef is null
                ? new BaselineChoice(null, null, true)
                : throw new UsageException("--no-baseline cannot be combined with --baseline or --baseline-ref");
        }

        if (options.Baseline is not null)
        {
            return options.BaselineRef is null
                ? new BaselineChoice(options.Baseline, null, false)
                : throw new UsageException("--baseline and --baseline-ref cannot be combined");
        }

        return new BaselineChoice(null, BaselineRef.Resolve(root, options.BaselineRef, Environment.GetEnvironmentVariable), false);
    }

    /// <summary>
    /// The manifest: <c>--config FILE</c>, else <c>contract-gate.yaml</c> in <c>--root</c> or the nearest folder
    /// above the current one. A <c>--config</c> without <c>contracts</c> (the older levels/allow-only format)
    /// keeps the repository's contracts and replaces only the diff configuration.
    /// </summary>
    internal static ContractManifest LoadManifest(string? rootOption, string? configOption)
    {
        var config = configOption is null ? null : ContractManifest.Load(configOption);
        if (config is { Contracts.Count: > 0 })
        {
            return config;
        }

        var path = ManifestPath(rootOption);
        var manifest = ContractManifest.Load(path);
        if (manifest.Contracts.Count == 0)
        {
            throw new SpecLoadException(path, "contracts: none declared; the gate has nothing to check");
        }

        return config is null ? manifest : manifest.WithDiff(config.Diff);
    }

    /// <summary><c>contract-gate.yaml</c> in <c>--root</c>, or in the current folder or the nearest above it.</summary>
    internal static string ManifestPath(string? rootOption)
    {
        var start = rootOption is null ? Environment.CurrentDirectory : Path.GetFullPath(rootOption);
        var path = rootOption is null ? ContractManifest.Find(start) : Path.Combine(start, ContractManifest.FileName);
        return path is not null && File.Exists(path)
            ? path
            : throw new UsageException($"no {ContractManifest.FileName} in {start}{(rootOption is null ? " or above" : string.Empty)}: declare the contracts there or pass --config FILE (README: The contracts manifest)");
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

    private static GateStep Compat(CompatPair pair, Dictionary<string, SpecDocument> documents)
    {
        var report = CompatChecker.Check(documents[pair.Old], documents[pair.New], new CompatOptions(pair.OldOperation, pair.NewOperation, pair.Status, Mapping: CompatMapping.Parse(pair.Mapping, $"{ContractManifest.FileName} compat {pair.Old} -> {pair.New}")));
        return new GateStep($"compat {pair.Old} -> {pair.New}", report.Compatible ? StepStatus.Pass : StepStatus.Fail, CompatCommand.Summary(report),
            report.Rows.Where(r => r.Breaks).Select(r => r.ToString()).ToList(), CompatCommand.Render(report, ReportFormat.Markdown))
        {
            Cases = CompatCommand.Cases(report).ToList(),
        };
    }

    private static GateStep Baseline(string root, string relative, SpecDocument current, BaselineChoice baseline, DiffConfig config, Level failOn)
    {
        var name = $"diff {relative} vs baseline";
        SpecDocument before;
        string source;
        if (baseline.NotRequested)
        {
            return new GateStep(name, StepStatus.Skip, "skipped by request (--no-baseline)", []);
        }

        if (baseline.Path is { } given)
        {
            var path = Directory.Exists(given) ? Path.Combine(given, relative) : given;
            if (!Directory.Exists(given) && Path.GetFileName(given) != Path.GetFileName(relative))
            {
                return new GateStep(name, StepStatus.Skip, $"skipped by request (--baseline {ReportPaths.Display(given, root)} is for another fragment)", []);
            }

            source = ReportPaths.Display(path, root);
            before = new SpecDocument(source, SpecLoader.Load(path).Root);
        }
        else
        {
            var reference = baseline.Ref!;
            if (!Git.FileExists(root, reference, relative))
            {
                return new GateStep(name, StepStatus.Pass, $"new contract: {relative} is not in {reference}, nothing to break", []);
            }

            var text = Git.Show(root, reference, relative)
                ?? throw new IOException($"git show {reference}:{relative} failed in {root}");
            before = SpecLoader.Parse(Encoding.UTF8.GetBytes(text), $"{reference}:{relative}");
            source = $"{reference}:{relative}";
        }

        var report = SpecDiff.Compare(before, current, config);
        var located = LocatedFinding.Locate(report, FindingLocator.Load(current, Path.Combine(root, relative)), relative);
        return new GateStep(name, report.Fails(failOn) ? StepStatus.Fail : StepStatus.Pass, $"vs {source}: " + DiffReports.Summary(report, failOn),
            report.Findings.Select(f => $"{f.Level.Name()} {f.RuleId}: {f.Message}").ToList(), DiffReports.Render(report, ReportFormat.Markdown, failOn))
        {
            Cases = DiffReports.Cases(report, failOn, relative + ": ").DefaultIfEmpty(new JUnit.Case(relative, "diff", null)).ToList(),
            Findings = located,
        };
    }

    private static IEnumerable<GateStep> Pacts(ContractEntry contract, SpecDocument spec, Dictionary<string, (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions)> pacts)
    {
        foreach (var pact in contract.Pacts)
        {
            var name = $"verify {pact.Relative}";
            if (!pacts.TryGetValue(pact.Full, out var loaded))
            {
                yield return new GateStep(name, StepStatus.Fail, $"declared by {contract.Name} in the manifest but not found: run the contract tests (./test.sh) and commit the pact", []);
                continue;
            }

            var (_, provider, interactions) = loaded;
            var problems = new PactVerifier(spec).Verify(interactions);
            yield return new GateStep(name, problems.Count == 0 && interactions.Count > 0 ? StepStatus.Pass : StepStatus.Fail,
                $"{interactions.Count} interactions of {provider} against {contract.Fragment.Relative}: {problems.Count} problems", problems.Select(p => p.ToString()).ToList())
            {
                Cases = interactions.Select(i => new JUnit.Case(i.Description, pact.Relative, problems.Where(p => p.Interaction == i.Description).Select(p => p.Problem).DefaultIfEmpty().Aggregate((a, b) => a + "\n" + b))).ToList(),
            };
        }
    }

    /// <summary>The x-sunset countdown of every operation version the pacts use (engine: AtlasContract.Spec/Sunset).</summary>
    private static GateStep SunsetStep(ContractManifest manifest, Dictionary<string, SpecDocument> documents, Dictionary<string, (string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions)> pacts, Level failOn)
    {
        var used = manifest.Contracts.Select(c => (c.Name, documents[c.Name], c.Pacts.Where(p => pacts.ContainsKey(p.Full)).SelectMany(p => pacts[p.Full].Interactions)));
        var report = SunsetCountdown.Check(used, DateOnly.FromDateTime(DateTime.UtcNow), manifest.SunsetWarnDays);
        return new GateStep("sunset countdown", report.Worst >= failOn ? StepStatus.Fail : StepStatus.Pass, report.Summary(), report.Rows.Select(r => r.ToString()).ToList(), report.Markdown());
    }

    /// <summary>One step per full spec the manifest names as <c>upstream.spec</c>: has it broken what the pacts use?</summary>
    private static IEnumerable<GateStep> Upstream(ContractManifest manifest)
    {
        foreach (var group in manifest.Contracts.Where(c => c.Upstream?.Spec is not null).GroupBy(c => c.Upstream!.Spec!.Full))
        {
            var spec = group.First().Upstream!.Spec!;
            var name = $"upstream {spec.Relative}";
            if (!File.Exists(spec.Full))
            {
                yield return new GateStep(name, StepStatus.Fail, $"not found (named by upstream.spec of {group.First().Name} in {ContractManifest.FileName})", []);
                continue;
            }

            var contracts = group.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var results = UpstreamCheck.Run(manifest, SpecLoader.Load(spec.Full), c => contracts.Contains(c.Name));
            var findings = results.SelectMany(r => r.Findings).ToList();
            yield return new GateStep(name, results.Any(r => r.Fails) ? StepStatus.Fail : StepStatus.Pass, UpstreamCommand.Summary(results),
                findings.Where(f => f.Fails).Select(f => f.ToString()).ToList())
            {
                Cases = findings.Select(f => new JUnit.Case($"{f.Finding.RuleId}: {f.Finding.Operation} {f.Finding.JsonPath}".TrimEnd(), "upstream " + f.Contract, f.Fails ? $"{f.Finding.RuleId}: {f.Finding.Message}" : null)).DefaultIfEmpty(new JUnit.Case(name, "upstream", null)).ToList(),
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

    /// <summary>GitHub Actions annotations: each finding at its fragment line, each other failed check as a plain error.</summary>
    private static string Annotations(List<GateStep> steps, Level failOn) =>
        string.Concat(steps.Select(s => s.Findings.Count > 0
            ? GitHubActions.Render(s.Findings, failOn)
            : s.Status == StepStatus.Fail ? GitHubActions.Error(s.Name, s.Summary + (s.Details.Count > 0 ? "\n" + string.Join("\n", s.Details.Take(20)) : string.Empty)) : string.Empty));

    private static void WriteReports(string dir, List<GateStep> steps, Level failOn)
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
        Output.Write(Path.Combine(dir, "gate.sarif"), Sarif.Render(steps.SelectMany(s => s.Findings).ToList(), failOn), TextWriter.Null);
    }
}
