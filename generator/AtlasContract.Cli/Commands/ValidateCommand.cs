using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli.Commands;

/// <summary><c>validate SPEC</c>: OpenAPI diagnostics, each with its JSON pointer. Errors fail (exit 1).</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var spec = new Argument<string>("SPEC") { Description = "The OpenAPI document to check" };
        var format = CliOptions.Format("text, json");
        var output = CliOptions.Output();
        var command = new Command("validate", "OpenAPI diagnostics, each with its JSON pointer (exit 1 on an error).") { spec, format, output };
        command.WithExample("atlas-contract validate spec/atlas-v2/listOrgInvites.yaml --format json");
        command.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(format), r.GetValue(output), stdout));
        return command;
    }

    public static int Run(string specPath, string? formatName, string? outputPath, TextWriter stdout)
    {
        var format = Output.Format(formatName);
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
        Output.Write(outputPath, content, stdout);
        return errors == 0 ? Cli.Passed : Cli.GateFailed;
    }
}
