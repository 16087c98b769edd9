using System.Text;
using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate;
using AtlasContract.Spec.Gate.Checks;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Sunset;
using AtlasContract.Spec.Upstream;

namespace AtlasContract.Cli.Reports;

/// <summary>
/// Every rendering of a gate run, from the checks' results and nothing else: the console table, GitHub Actions
/// annotations, and the reports written to the report folder (Markdown, JUnit, SARIF). Each runs once.
/// </summary>
internal static class GateReports
{
    /// <summary>Rows whose details the table shows even when they pass (what was accepted or strengthened).</summary>
    private static readonly string[] AlwaysDetailed = ["policy"];

    public static string Table(IReadOnlyList<CheckResult> results)
    {
        var width = results.Max(s => s.Name.Length);
        var text = new StringBuilder();
        foreach (var result in results)
        {
            text.AppendLine($"{StatusText(result.Status),-4}  {result.Name.PadRight(width)}  {result.Summary}");
            var shown = result.Status == CheckStatus.Fail || AlwaysDetailed.Contains(result.Kind) ? result.Details : [];
            foreach (var detail in shown.Take(20))
            {
                text.AppendLine($"        {FirstLine(detail)}");
            }

            if (shown.Count > 20)
            {
                text.AppendLine($"        … {shown.Count - 20} more in the report");
            }
        }

        return text.ToString();
    }

    public static string Verdict(IReadOnlyList<CheckResult> results, TimeSpan elapsed, string reportDir)
    {
        var failed = results.Count(s => s.Status == CheckStatus.Fail);
        return $"gate: {(failed == 0 ? "PASSED" : $"FAILED ({failed} of {results.Count} checks)")} in {elapsed.TotalSeconds:F1} s; reports in {reportDir}";
    }

    /// <summary>GitHub Actions annotations: each finding at its file's line, each failed check without findings as a plain error.</summary>
    public static string Annotations(IReadOnlyList<CheckResult> results, string root, Level failOn) =>
        string.Concat(results.Select(r => r.Findings.Count > 0
            ? GitHubActions.Render(Locate(r, root), failOn)
            : r.Status == CheckStatus.Fail ? GitHubActions.Error(r.Name, r.Summary + (r.Details.Count > 0 ? "\n" + string.Join("\n", r.Details.Take(20)) : string.Empty)) : string.Empty));

    public static void Write(string dir, IReadOnlyList<CheckResult> results, string root, Level failOn)
    {
        Directory.CreateDirectory(dir);
        Output.Write(Path.Combine(dir, "gate-report.md"), Markdown(results, failOn), TextWriter.Null);
        Output.Write(Path.Combine(dir, "gate-junit.xml"), JUnit.Suite("atlas-contract gate", results.SelectMany(r => Cases(r, failOn))), TextWriter.Null);
        Output.Write(Path.Combine(dir, "gate.sarif"), Sarif.Render(results.SelectMany(r => Locate(r, root)).ToList(), failOn), TextWriter.Null);
    }

    public static string Markdown(IReadOnlyList<CheckResult> results, Level failOn)
    {
        var md = new StringBuilder("## AtlasContract gate\n\n| Check | Result | Summary |\n| --- | --- | --- |\n");
        foreach (var result in results)
        {
            md.AppendLine($"| {Markdowns.Cell(result.Name)} | {StatusText(result.Status)} | {Markdowns.Cell(result.Summary)} |");
        }

        foreach (var result in results)
        {
            var section = result.Report switch
            {
                DiffCheckReport diff => DiffReports.Render(diff.Diff, ReportFormat.Markdown, failOn),
                CompatReport compat => CompatReports.Markdown(compat),
                SunsetReport sunset => SunsetReports.Markdown(sunset),
                _ when result.Details.Count > 0 && (result.Status == CheckStatus.Fail || AlwaysDetailed.Contains(result.Kind)) =>
                    $"### {result.Name}\n\n" + string.Concat(result.Details.Select(d => $"- {Markdowns.Cell(FirstLine(d))}\n")),
                _ => null,
            };
            if (section is not null)
            {
                md.AppendLine().AppendLine(section);
            }
        }

        return md.ToString();
    }

    private static IEnumerable<JUnit.Case> Cases(CheckResult result, Level failOn)
    {
        IEnumerable<JUnit.Case> cases = result.Report switch
        {
            DiffCheckReport diff => DiffReports.Cases(diff.Diff, failOn, diff.File + ": ").DefaultIfEmpty(new JUnit.Case(diff.File, "diff", null)),
            CompatReport compat => CompatReports.Cases(compat),
            PactCheckReport pact => pact.Interactions.Select(i => new JUnit.Case(i, pact.Pact,
                pact.Problems.Where(p => p.Interaction == i && p.Level >= Level.Err).Select(p => p.Problem).DefaultIfEmpty().Aggregate((a, b) => a + "\n" + b))),
            IReadOnlyList<UpstreamResult> => result.Findings.Select(f => new JUnit.Case($"{f.RuleId}: {f.Operation} {f.JsonPath}".TrimEnd(), "upstream", f.Fails(Level.Err) ? $"{f.RuleId}: {f.Message}" : null)),
            _ when result.Kind == "policy" => result.Findings.Select(f => new JUnit.Case(f.Message, "policy " + f.RuleId, f.Fails(Level.Err) ? f.ToString() : null, f.AcceptedBecause is null ? null : "accepted: " + f.AcceptedBecause)),
            _ => [],
        };
        var list = cases.ToList();
        if (list.Count > 0 && !(result.Status == CheckStatus.Fail && list.All(c => c.Failure is null)))
        {
            return list;
        }

        // A row with no case of its own, or a failed row none of whose cases fails (it could not run): one case for the row.
        return [.. list, new JUnit.Case(result.Name, "gate " + result.Kind, result.Status == CheckStatus.Fail ? result.Summary : null, result.Status == CheckStatus.Skip ? result.Summary : null)];
    }

    /// <summary>Each finding of a result with the line it points at in its file (1 when the file or the node is not found).</summary>
    private static IEnumerable<LocatedFinding> Locate(CheckResult result, string root)
    {
        var lines = new Dictionary<string, YamlLineMap?>(StringComparer.Ordinal);
        FindingLocator? locator = null;
        foreach (var finding in result.Findings)
        {
            var file = finding.File ?? result.Name;
            var full = Path.Combine(root, file);
            int line;
            if (finding.DiffFinding is { } diff && result.Report is DiffCheckReport && File.Exists(full))
            {
                locator ??= FindingLocator.Load(SpecLoader.Load(full), full);
                line = locator.Line(diff);
            }
            else
            {
                if (!lines.TryGetValue(file, out var map))
                {
                    lines[file] = map = finding.Pointer is not null && File.Exists(full) ? TryParse(full) : null;
                }

                line = map is not null && finding.Pointer is { } pointer ? map.LineOf(pointer.TrimStart('#')) : 1;
            }

            yield return new LocatedFinding(finding, file, line);
        }
    }

    private static YamlLineMap? TryParse(string file)
    {
        try
        {
            return YamlLineMap.Parse(File.ReadAllText(file));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');

    private static string StatusText(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Fail => "FAIL",
        _ => "skip",
    };
}
