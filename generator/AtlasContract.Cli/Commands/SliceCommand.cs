using System.CommandLine;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Cli.Commands;

/// <summary><c>slice SPEC --operation ID</c>: one operation and the closure of what it references.</summary>
internal static class SliceCommand
{
    public static Command Create(TextWriter stdout)
    {
        var spec = new Argument<string>("SPEC") { Description = "The full OpenAPI document (e.g. a published Atlas spec)" };
        var operation = new Option<string>("--operation") { Description = "The operationId to cut out", HelpName = "ID", Required = true };
        var output = CliOptions.Output();
        var command = new Command("slice", "The operation and everything it references, as a standalone document (YAML).") { spec, operation, output };
        command.WithExample("atlas-contract slice ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --operation listOrgInvites --output spec/atlas-v2/listOrgInvites.yaml");
        command.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(operation)!, r.GetValue(output), stdout));
        return command;
    }

    public static int Run(string specPath, string operation, string? output, TextWriter stdout)
    {
        var slice = SpecSlicer.Slice(SpecLoader.Load(specPath), operation);
        if (output is not null and not "-")
        {
            SpecWriter.Save(slice.Root, output);
            stdout.WriteLine($"wrote {output}: {operation} with {slice.Root["components"]?.AsObject().Sum(k => k.Value!.AsObject().Count) ?? 0} components");
        }
        else
        {
            stdout.Write(SpecWriter.ToYaml(slice.Root));
        }

        return Cli.Passed;
    }
}
