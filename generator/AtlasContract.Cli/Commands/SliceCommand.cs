using System.CommandLine;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>slice SPEC --operation ID [--operation …]</c>: the operations and the closure of what they reference, as one
/// document; <c>slice SPEC --by-tag DIR</c>: one such document per tag (its first), every operation of the spec.
/// </summary>
internal static class SliceCommand
{
    public static Command Create(TextWriter stdout)
    {
        var spec = new Argument<string>("SPEC") { Description = "The full OpenAPI document (e.g. a published Atlas spec)" };
        var operation = new Option<string[]>("--operation") { Description = "An operationId to cut out (repeatable: one document)", HelpName = "ID" };
        var byTag = new Option<string?>("--by-tag") { Description = "Write every operation, one document per tag, into this folder", HelpName = "DIR" };
        var output = CliOptions.Output();
        var command = new Command("slice", "The operations and everything they reference, as a standalone document (YAML).") { spec, operation, byTag, output };
        command.WithExample(
            "atlas-contract slice ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --operation listOrgInvites --output spec/atlas-v2/listOrgInvites.yaml",
            "atlas-contract slice ../shared/atlas/atlas-admin-v2.2026-08-21.yaml --by-tag artifacts/whole-api");
        command.SetAction(r => Run(r.GetValue(spec)!, r.GetValue(operation) ?? [], r.GetValue(byTag), r.GetValue(output), stdout));
        return command;
    }

    public static int Run(string specPath, IReadOnlyList<string> operations, string? byTag, string? output, TextWriter stdout)
    {
        if ((operations.Count == 0) == (byTag is null))
        {
            throw new UsageException("slice: give --operation ID (one or more) or --by-tag DIR");
        }

        var full = SpecLoader.Load(specPath);
        if (byTag is not null)
        {
            Directory.CreateDirectory(byTag);
            foreach (var (tag, ids) in SpecSlicer.ByTag(full))
            {
                var file = Path.Combine(byTag, string.Concat(tag.Where(char.IsAsciiLetterOrDigit)) + ".yaml");
                SpecWriter.Save(SpecSlicer.SliceMany(full, ids).Root, file);
                stdout.WriteLine($"wrote {file}: {ids.Count} operations ({tag})");
            }

            return Cli.Passed;
        }

        var slice = SpecSlicer.SliceMany(full, operations);
        if (output is not null and not "-")
        {
            SpecWriter.Save(slice.Root, output);
            stdout.WriteLine($"wrote {output}: {string.Join(", ", operations)} with {slice.Root["components"]?.AsObject().Sum(k => k.Value!.AsObject().Count) ?? 0} components");
        }
        else
        {
            stdout.Write(SpecWriter.ToYaml(slice.Root));
        }

        return Cli.Passed;
    }
}
