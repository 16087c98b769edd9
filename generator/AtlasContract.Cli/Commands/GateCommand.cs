using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>gate</c>: the main job on a repository with a contracts manifest (<c>contract-gate.yaml</c>). Reads what the
/// change proposes (the work tree's manifest) and what is in force (the baseline's), runs the pipeline of checks
/// (engine: AtlasContract.Spec/Gate) and renders their results once (Reports/GateReports). Nothing about the
/// contracts is compiled in: all comes from the manifests.
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
        var reportDir = new Option<string?>("--report-dir") { Description = "Where gate-report.md, gate-junit.xml and gate.sarif go (default artifacts/gate)", HelpName = "DIR" };
        var failOn = CliOptions.FailOn();
        var skipCodegen = new Option<bool>("--skip-codegen-check") { Description = "Do not check Generated/ is current; shown as skipped by request" };
        var acceptPolicy = new Option<bool>("--accept-policy-changes") { Description = "Apply the work tree's policy (levels, allow, contracts, pacts) instead of the baseline's; its weakenings are listed, not failing. Only after a review of contract-gate.yaml" };
        var today = CliOptions.Today();
        var format = CliOptions.Format("text, githubactions (the table, then one annotation per finding at its file's line)");
        var command = new Command("gate", "The main job on a repository with a contracts manifest: validate each fragment, check the generated client is current, check the compat pairs, diff each contract against its baseline under the baseline's policy, verify the pacts, count down sunsets, list policy changes (exit 1 when a check fails or could not run).")
        {
            root, config, baseline, baselineRef, noBaseline, reportDir, failOn, skipCodegen, acceptPolicy, today, format,
        };
        command.WithExample("atlas-contract gate", "atlas-contract gate --baseline-ref origin/release-1.2 --report-dir artifacts/gate");
        command.SetAction(r => Run(
            new Options(r.GetValue(root), r.GetValue(config), r.GetValue(baseline), r.GetValue(baselineRef), r.GetValue(noBaseline), r.GetValue(reportDir), r.GetValue(failOn), r.GetValue(skipCodegen), r.GetValue(format))
            {
                AcceptPolicyChanges = r.GetValue(acceptPolicy),
                Today = r.GetValue(today),
            },
            stdout));
        return command;
    }

    public sealed record Options(string? Root, string? Config, string? Baseline, string? BaselineRef, bool NoBaseline, string? ReportDir, string? FailOn, bool SkipCodegenCheck, string? Format = null)
    {
        public bool AcceptPolicyChanges { get; init; }

        /// <summary><c>--today</c>: the date sunsets and allow expiries are judged on (default: today's UTC date).</summary>
        public string? Today { get; init; }
    }

    public static int Run(Options options, TextWriter stdout)
    {
        var failOn = Output.FailOn(options.FailOn);
        var format = Output.Format(options.Format);
        if (format is not (ReportFormat.Text or ReportFormat.GitHubActions))
        {
            throw new UsageException($"--format: gate prints text or githubactions (its reports are always written as Markdown, JUnit and SARIF to --report-dir)");
        }

        var today = CliOptions.ParseToday(options.Today);
        var manifest = LoadManifest(options.Root, options.Config);
        var root = manifest.Directory;
        var reportDir = Path.GetFullPath(options.ReportDir ?? Path.Combine(root, "artifacts", "gate"));
        var clock = Stopwatch.StartNew();
        var baseline = ChooseBaseline(options, root);
        using var batch = baseline as IDisposable; // the git baseline's one reader process
        var context = new GateContext(manifest, today)
        {
            Baseline = baseline,
            BaselineManifest = baseline is null ? null : BaselineManifest(baseline, manifest, options.Config),
            FailOn = failOn,
            AcceptPolicyChanges = options.AcceptPolicyChanges,
        };

        var codegen = manifest.Contracts.Any(c => c.Codegen is not null) ? new CodegenCheck(options.SkipCodegenCheck) : null;
        var results = GatePipeline.Run(context, GatePipeline.Standard(codegen));

        GateReports.Write(reportDir, results, root, failOn);
        foreach (var notice in manifest.Diff.Notices.Concat(context.BaselineManifest?.Diff.Notices ?? []).Distinct(StringComparer.Ordinal))
        {
            stdout.WriteLine("note: " + notice);
        }

        stdout.Write(GateReports.Table(results));
        if (format == ReportFormat.GitHubActions)
        {
            stdout.Write(GateReports.Annotations(results, root, failOn));
        }

        stdout.WriteLine(GateReports.Verdict(results, clock.Elapsed, reportDir));
        return results.Any(s => s.Status == CheckStatus.Fail) ? Cli.GateFailed : Cli.Passed;
    }

    private static IBaselineSource? ChooseBaseline(Options options, string root)
    {
        if (options.NoBaseline)
        {
            return options.Baseline is null && options.BaselineRef is null
                ? null
                : throw new UsageException("--no-baseline cannot be combined with --baseline or --baseline-ref");
        }

        if (options.Baseline is { } given)
        {
            if (options.BaselineRef is not null)
            {
                throw new UsageException("--baseline and --baseline-ref cannot be combined");
            }

            return Directory.Exists(given) ? new DirectoryBaseline(given, ReportPaths.Display(given, root))
                : File.Exists(given) ? new FileBaseline(given, ReportPaths.Display(given, root))
                : throw new UsageException($"--baseline {given}: no such file or folder");
        }

        return new GitBaseline(root, BaselineRef.Resolve(root, options.BaselineRef, Environment.GetEnvironmentVariable));
    }

    /// <summary>
    /// The baseline's manifest, in force: its <c>contract-gate.yaml</c>; a levels/allow file given with
    /// <c>--config</c> inside the repository is read from the baseline too (outside it, it is the pipeline's own and
    /// applies to both sides). Null when the baseline has no manifest (a first run).
    /// </summary>
    private static ContractManifest? BaselineManifest(IBaselineSource baseline, ContractManifest working, string? configOption)
    {
        if (baseline is FileBaseline)
        {
            return null;
        }

        var manifestRelative = Path.GetRelativePath(working.Directory, working.Path).Replace('\\', '/');
        if (baseline.ReadText(manifestRelative) is not { } text)
        {
            return null;
        }

        var source = baseline.Describe(manifestRelative);
        var manifest = ContractManifest.FromBaseline(SpecLoader.Parse(Encoding.UTF8.GetBytes(text), source).Root, source, working.Directory);
        if (configOption is null || Path.GetFullPath(configOption) == working.Path)
        {
            return manifest;
        }

        var config = Path.GetFullPath(configOption);
        if (!WorkTree.Contains(WorkTree.Of(working.Directory), config))
        {
            return manifest.WithDiff(working.Diff);
        }

        var relative = Path.GetRelativePath(working.Directory, config).Replace('\\', '/');
        var policy = baseline.ReadText(relative) is { } configText
            ? DiffConfig.From(SpecLoader.Parse(Encoding.UTF8.GetBytes(configText), baseline.Describe(relative)).Root, baseline.Describe(relative))
            : DiffConfig.Empty;
        return manifest.WithDiff(policy);
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
}
