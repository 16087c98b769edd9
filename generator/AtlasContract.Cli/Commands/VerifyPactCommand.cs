using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>verify-pact PACT... --spec SPEC</c>: every interaction of the pacts is allowed by the spec. Exit 1 on any ERR
/// problem; WARN problems (a body that could not be validated, a documented leniency) are reported and pass.
/// </summary>
internal static class VerifyPactCommand
{
    public static Command Create(TextWriter stdout)
    {
        var pacts = new Argument<string[]>("PACT") { Description = "Pact files (V3/V4 JSON)", Arity = ArgumentArity.OneOrMore };
        var spec = new Option<string>("--spec") { Description = "The OpenAPI fragment the pacts must stay within", HelpName = "SPEC", Required = true };
        var format = CliOptions.Format("text, json, sarif, junit");
        var output = CliOptions.Output();
        var command = new Command("verify-pact", "Every interaction of the pacts is allowed by the spec: path, query, headers, security, request body, status, response headers, media types (vendor version included), response body; matchers by direction.") { pacts, spec, format, output };
        command.WithExample(
            "atlas-contract verify-pact contract-tests/pacts/AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json --spec spec/atlas-v2/listOrgInvites.yaml",
            "atlas-contract verify-pact PACT.json --spec SPEC.yaml --format sarif -o verify-pact.sarif");
        command.SetAction(r => Run(r.GetValue(pacts)!, r.GetValue(spec)!, r.GetValue(format), r.GetValue(output), stdout));
        return command;
    }

    public static int Run(IReadOnlyList<string> pacts, string specPath, string? formatName, string? outputPath, TextWriter stdout)
    {
        var format = Output.Format(formatName);
        if (format is ReportFormat.Markdown or ReportFormat.GitHubActions)
        {
            throw new UsageException($"--format: verify-pact writes text, json, sarif or junit, not '{formatName}'");
        }

        var result = Verify(pacts, SpecLoader.Load(specPath));
        var report = format switch
        {
            ReportFormat.JUnit => JUnit.Suite("atlas-contract verify-pact", Cases(result)),
            ReportFormat.Json => Json(result, specPath),
            ReportFormat.Sarif => Sarif.Render(Located(result), Level.Err),
            _ => Text(result, specPath),
        };
        Output.Write(outputPath, report, stdout);
        return result.All(r => r.Errors == 0) ? Cli.Passed : Cli.GateFailed;
    }

    public sealed record PactResult(string File, int Interactions, IReadOnlyList<PactProblem> Problems)
    {
        public int Errors => Problems.Count(p => p.Level == Level.Err);
    }

    public static List<PactResult> Verify(IEnumerable<string> pacts, SpecDocument spec)
    {
        var verifier = new PactVerifier(spec);
        return pacts.Select(p =>
        {
            var (_, _, interactions) = PactFile.Load(p);
            return new PactResult(p, interactions.Count, verifier.Verify(interactions));
        }).ToList();
    }

    public static IEnumerable<JUnit.Case> Cases(IEnumerable<PactResult> results) =>
        results.Select(r => new JUnit.Case(Path.GetFileName(r.File), "verify-pact", r.Errors == 0 ? null : string.Join("\n", r.Problems.Where(p => p.Level == Level.Err))));

    private static string Text(List<PactResult> results, string spec)
    {
        var text = new StringBuilder();
        foreach (var r in results)
        {
            foreach (var problem in r.Problems)
            {
                text.AppendLine($"{r.File}: {(problem.Level == Level.Err ? string.Empty : problem.Level.Name() + " ")}{problem}");
            }

            var warnings = r.Problems.Count - r.Errors;
            text.AppendLine($"{r.File}: {r.Interactions} interactions, {r.Errors} problems{(warnings == 0 ? string.Empty : $", {warnings} warnings")} against {spec}");
        }

        return text.ToString();
    }

    /// <summary>One object per pact; each problem with its stable code, level, interaction, pact pointer and spec location.</summary>
    private static string Json(List<PactResult> results, string spec)
    {
        var root = new JsonObject
        {
            ["spec"] = spec,
            ["pacts"] = new JsonArray(results.Select(r => (JsonNode)new JsonObject
            {
                ["file"] = r.File,
                ["interactions"] = r.Interactions,
                ["errors"] = r.Errors,
                ["warnings"] = r.Problems.Count - r.Errors,
                ["problems"] = new JsonArray(r.Problems.Select(p => (JsonNode)new JsonObject
                {
                    ["code"] = p.Code,
                    ["level"] = p.Level.Name(),
                    ["index"] = p.Index,
                    ["interaction"] = p.Interaction,
                    ["pactPointer"] = p.PactPointer,
                    ["specLocation"] = p.SpecLocation,
                    ["message"] = p.Problem,
                }).ToArray()),
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Problems as findings at the line of their interaction in the pact file (its description), for SARIF.</summary>
    private static List<LocatedFinding> Located(List<PactResult> results)
    {
        var located = new List<LocatedFinding>();
        foreach (var r in results)
        {
            var lines = File.Exists(r.File) ? File.ReadAllLines(r.File) : [];
            var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var problem in r.Problems)
            {
                if (!lineOf.TryGetValue(problem.Interaction, out var line))
                {
                    var quoted = JsonValue.Create(problem.Interaction).ToJsonString();
                    line = lineOf[problem.Interaction] = Array.FindIndex(lines, l => l.Contains("\"description\"", StringComparison.Ordinal) && l.Contains(quoted, StringComparison.Ordinal)) + 1;
                }

                var finding = new GateFinding(problem.Code, problem.Level, problem.ToString())
                {
                    File = r.File,
                    Pointer = problem.PactPointer,
                    Operation = problem.Interaction,
                    JsonPath = problem.SpecLocation,
                };
                located.Add(new LocatedFinding(finding, r.File, Math.Max(line, 1)));
            }
        }

        return located;
    }
}
