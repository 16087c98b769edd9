using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli.Commands;

/// <summary><c>validate SPEC</c>: OpenAPI diagnostics, each with its JSON pointer. Errors fail (exit 1).</summary>
internal static class ValidateCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var line = new CommandLine(args, Output.Set(), Output.Set("format", "output"));
        var specPath = line.Arg(0, "SPEC");
        line.NoMorePositional(1);
        var format = Output.Format(line);
        var diagnostics = SpecValidator.Validate(SpecLoader.Load(specPath));
        var errors = diagnostics.Count(d => d.Severity == "error");
        var content = format == ReportFormat.Json
            ? new JsonObject
            {
                ["spec"] = specPath,
                ["valid"] = errors == 0,
                ["diagnostics"] = new JsonArray(diagnostics.Select(d => (JsonNode)new JsonObject { ["severity"] = d.Severity, ["pointer"] = d.Pointer, ["message"] = d.Message }).ToArray()),
            }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n"
            : string.Concat(diagnostics.Select(d => $"{specPath}: {d}\n")) + $"{specPath}: {errors} errors, {diagnostics.Count - errors} warnings\n";
        Output.Write(line, content, stdout);
        return errors == 0 ? Cli.Passed : Cli.GateFailed;
    }
}
