using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Cli.Commands;

/// <summary><c>slice SPEC --operation ID</c>: one operation and the closure of what it references.</summary>
internal static class SliceCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var line = new CommandLine(args, Output.Set(), Output.Set("operation", "output"));
        var specPath = line.Arg(0, "SPEC");
        line.NoMorePositional(1);
        var operation = line.Value("operation") ?? throw new UsageException("slice needs --operation ID");
        var slice = SpecSlicer.Slice(SpecLoader.Load(specPath), operation);
        if (line.Value("output") is { } output and not "-")
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
