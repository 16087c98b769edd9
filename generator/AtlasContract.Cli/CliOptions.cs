using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace AtlasContract.Cli;

/// <summary>The options several commands share, declared once.</summary>
internal static class CliOptions
{
    public static Option<string?> Format(string formats) => new("--format") { Description = $"Report format: {formats} (default text)", HelpName = "FORMAT" };

    public static Option<string?> Output() => new("--output", "-o") { Description = "Write the report to FILE (atomically) instead of stdout", HelpName = "FILE" };

    public static Option<string?> FailOn() => new("--fail-on") { Description = "Lowest level that fails: ERR (default), WARN or INFO", HelpName = "LEVEL" };

    public static Option<string?> Config() => new("--config") { Description = "The contracts manifest (contract-gate.yaml): contracts, compat pairs, levels and allowed changes", HelpName = "FILE" };

    public static Option<string?> Today() => new("--today") { Description = "The date sunsets and allow expiries are judged on, YYYY-MM-DD (default: today's UTC date)", HelpName = "DATE" };

    /// <summary>The <c>--today</c> date, or today's UTC date when none is given: the only place the tool reads the clock.</summary>
    public static DateOnly ParseToday(string? value) =>
        value is null ? DateOnly.FromDateTime(DateTime.UtcNow)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--today {value}: expected a date as YYYY-MM-DD");

    private static readonly ConditionalWeakTable<Command, string[]> Examples = new();

    /// <summary>Examples shown at the end of the command's own <c>--help</c>.</summary>
    public static Option<string?> Root() => new("--root") { Description = "Folder holding contract-gate.yaml (default: the current folder or the nearest above it)", HelpName = "DIR" };

    public static Command WithExample(this Command command, params string[] examples)
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>
    /// Makes <c>--help</c> end with the examples of the command it describes, and <c>--version</c> print this
    /// tool's version (not the host process's, which is what the default reads when run in process).
    /// </summary>
    public static void CustomiseHelpAndVersion(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction inner)
        {
            help.Action = new ExampleHelpAction(inner);
        }

        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
    }

    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var assembly = typeof(CliOptions).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version!.ToString();
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Cli.Passed;
        }
    }

    private sealed class ExampleHelpAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = inner.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(examples.Length > 1 ? "Examples:" : "Example:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exit;
        }
    }
}
