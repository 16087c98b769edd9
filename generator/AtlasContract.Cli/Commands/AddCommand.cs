using System.CommandLine;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>add FULL_SPEC</c>: slices each new contract's <c>upstream.operations</c> from the full spec into its fragment,
/// then regenerates the client when the contract has <c>codegen</c>. Without <c>--contract</c> only contracts whose
/// fragment does not exist yet are written; <c>--contract NAME</c> re-slices that one (overwriting its fragment).
/// With <c>--operation ID</c> (repeatable) it first writes the manifest entry itself (<see cref="ManifestEntry"/>):
/// a new contract named <c>--contract</c> (default: the first operationId) with the codegen defaults.
/// </summary>
internal static class AddCommand
{
    public static Command Create(TextWriter stdout)
    {
        var spec = new Argument<string>("FULL_SPEC") { Description = "The full spec MongoDB publishes (openapi/v2.yaml)" };
        var contract = new Option<string?>("--contract") { Description = "Re-slice this contract even though its fragment exists", HelpName = "NAME" };
        var root = CliOptions.Root();
        var config = CliOptions.Config();
        var noRegenerate = new Option<bool>("--no-regenerate") { Description = "Only write the fragments; do not regenerate the client" };
        var operations = new Option<string[]>("--operation") { Description = "Declare a new contract with these operationIds first (repeatable)", HelpName = "ID", AllowMultipleArgumentsPerToken = false };
        var command = new Command("add", "Slice the operations of new contracts in contract-gate.yaml from FULL_SPEC into their fragments, then regenerate the client; with --operation, declare the contract first (README: Adding an operation).")
        {
            spec, operations, contract, root, config, noRegenerate,
        };
        command.WithExample("atlas-contract add ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --operation getGroupCluster", "atlas-contract add openapi-v2.yaml --operation createOrgUser --operation getOrgUser --contract atlas-v2-org-users-write", "atlas-contract add openapi-v2.yaml --contract atlas-v2-invites");
        command.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(operations) ?? [], r.GetValue(contract), r.GetValue(root), r.GetValue(config), r.GetValue(noRegenerate), stdout));
        return command;
    }

    public static int Run(string specPath, IReadOnlyList<string> operations, string? only, string? rootOption, string? configOption, bool noRegenerate, TextWriter stdout)
    {
        var manifestPath = configOption ?? GateCommand.ManifestPath(rootOption);
        if (operations.Count > 0)
        {
            only = ManifestEntry.Declare(manifestPath, SpecLoader.Load(specPath), specPath, operations, only);
            stdout.WriteLine($"declared contract '{only}' in {Path.GetFileName(manifestPath)}: {string.Join(", ", operations)}");
        }

        return Run(specPath, only, manifestPath, noRegenerate, stdout);
    }

    private static int Run(string specPath, string? only, string manifestPath, bool noRegenerate, TextWriter stdout)
    {
        var manifest = ContractManifest.Load(manifestPath, fragmentsMayBeMissing: true);
        if (only is not null)
        {
            _ = manifest.Contract(only);
        }

        var chosen = manifest.Contracts.Where(c => only is null ? !File.Exists(c.Fragment.Full) : c.Name == only).ToList();
        if (chosen.Count == 0)
        {
            stdout.WriteLine($"nothing to add: every contract's fragment exists (pass --contract NAME to re-slice one)");
            return Cli.Passed;
        }

        var full = SpecLoader.Load(specPath);
        foreach (var c in chosen)
        {
            if (c.Upstream is not { Operations.Count: > 0 } upstream)
            {
                throw new SpecLoadException(manifest.Path, $"{c.Name}: upstream.operations: none declared, nothing to slice");
            }

            var fragment = SpecSlicer.SliceMany(full, upstream.Operations).Root;
            SpecWriter.Save(fragment, c.Fragment.Full);
            stdout.WriteLine($"wrote {c.Fragment.Relative}: {string.Join(", ", upstream.Operations)} from {Reports.ReportPaths.Display(specPath, manifest.Directory)}");
        }

        if (noRegenerate)
        {
            return Cli.Passed;
        }

        foreach (var project in chosen.Where(c => c.Codegen is not null).Select(c => CodegenCheck.ProjectOf(c.Codegen!.Output.Full)).Distinct())
        {
            if (project is null)
            {
                throw new UsageException("codegen.output is not inside a project (.csproj)");
            }

            var (exit, log) = CodegenCheck.Regenerate(manifest, project, null);
            if (exit != 0)
            {
                throw new UsageException($"regenerating {Path.GetRelativePath(manifest.Directory, project)} failed: {Cause(log)}; the fragments are written, fix and run: dotnet build {Path.GetRelativePath(manifest.Directory, project)} -p:AtlasRegenerate=true");
            }

            stdout.WriteLine($"regenerated {Path.GetRelativePath(manifest.Directory, project)}: {string.Join(", ", chosen.Where(c => c.Codegen is not null).Select(c => c.Codegen!.Output.Relative))}");
            foreach (var note in Renames(log))
            {
                stdout.WriteLine("note: " + note);
            }
        }

        return Cli.Passed;
    }

    /// <summary>
    /// The generation's lines about a schema generated under another name (a surface's other contract defines it
    /// differently: "V2: schema 'X' of c (f.yaml) differs from d's (g.yaml): generated as CX"), each once: what a team
    /// should know it got, said by the command that caused it rather than only in a build log.
    /// </summary>
    internal static IReadOnlyList<string> Renames(IReadOnlyList<string> log) =>
        log.Select(l => l.Trim()).Where(l => l.Contains(": schema '", StringComparison.Ordinal) && l.Contains("): generated as ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The build's real cause in one line: its error lines without MSBuild's MSB3073 wrapper, else its last line.</summary>
    internal static string Cause(IReadOnlyList<string> log)
    {
        var errors = log.Select(l => l.Trim()).Where(l => l.Contains(": error ", StringComparison.Ordinal) && !l.Contains("error MSB3073", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s*\[[^\]]*\.csproj[^\]]*\]$", string.Empty))
            .Distinct().ToList();
        return errors.Count > 0 ? string.Join(" | ", errors) : log.LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no output";
    }
}
