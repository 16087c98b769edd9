using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using AtlasContract.Cli.Commands;
using AtlasContract.Cli.Commands.Upstream;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli;

/// <summary>
/// <c>atlas-contract</c>: exit 0 passed, 1 the gate fails, 2 bad input or usage (one line naming the file
/// and position), 3 internal error. A crash is never 0 or 1. Parsing, <c>--help</c> (with an example on every
/// command), <c>--version</c> and typo suggestions come from System.CommandLine.
/// </summary>
public static class Cli
{
    public const int Passed = 0;
    public const int GateFailed = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    public static RootCommand Commands(TextWriter stdout)
    {
        var root = new RootCommand("atlas-contract: a contract gate for OpenAPI fragments and consumer pacts.\n"
            + "Exit codes: 0 passed, 1 the gate fails, 2 bad input or usage, 3 internal error.")
        {
            DiffCommand.Create(stdout),
            CompatCommand.Create(stdout),
            SliceCommand.Create(stdout),
            ValidateCommand.Create(stdout),
            VerifyPactCommand.Create(stdout),
            GateCommand.Create(stdout),
            UpstreamCommand.Create(stdout),
            AddCommand.Create(stdout),
        };
        root.WithExample("atlas-contract gate", "atlas-contract diff --help");
        CliOptions.CustomiseHelpAndVersion(root);
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = Commands(stdout);
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            if (args.Length == 0)
            {
                root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
                return BadInput;
            }

            var result = root.Parse(args);
            if (result.Errors.Count > 0 && result.Action is ParseErrorAction or null)
            {
                stderr.WriteLine($"atlas-contract: {Describe(result)}");
                return BadInput;
            }

            return result.Invoke(invocation);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"atlas-contract: {ex.Message}");
            return BadInput;
        }
        catch (SpecLoadException ex)
        {
            stderr.WriteLine($"atlas-contract: error: {ex.Message}");
            return BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"atlas-contract: error: {ex.Message}");
            return BadInput;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"atlas-contract: internal error (please report): {ex}");
            return InternalError;
        }
    }

    /// <summary>The first parse error on one line, with the nearest known name for an unmatched word and where to get help.</summary>
    private static string Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        if (MistypedOption(result, command) is { } option)
        {
            // "--formt json A B": the parser took --formt for an argument and blames A; the mistyped option is the cause.
            var hint = Suggest(option, command) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;
            return $"Unrecognized option '{option}'{hint} (see '{string.Join(' ', Ancestry(result.CommandResult).Reverse())} --help')";
        }

        var word = result.UnmatchedTokens.FirstOrDefault();
        var error = result.Errors.FirstOrDefault(e => word is not null && e.Message.Contains($"'{word}'", StringComparison.Ordinal)) ?? result.Errors[0];
        var message = error.Message.Replace("\n", " ", StringComparison.Ordinal).TrimEnd('.');
        if (word is not null && Suggest(word, command) is { } suggestion)
        {
            message += $"; did you mean '{suggestion}'?";
        }

        var path = string.Join(' ', Ancestry(result.CommandResult).Reverse());
        return $"{message} (see '{path} --help')";
    }

    /// <summary>The first word that looks like an option (a leading '-', not "-" for stdout) and is none of the command's.</summary>
    private static string? MistypedOption(ParseResult result, Command command)
    {
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        return result.Tokens
            .Where(t => t.Type is TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' && !char.IsAsciiDigit(t.Value[1]))
            .Select(t => t.Value.Split('=')[0])
            .FirstOrDefault(v => !known.Contains(v));
    }

    private static IEnumerable<string> Ancestry(CommandResult? result)
    {
        for (; result is not null; result = result.Parent as CommandResult)
        {
            yield return result.Command is RootCommand ? "atlas-contract" : result.Command.Name;
        }
    }

    private static string? Suggest(string word, Command command)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        return names
            .Select(n => (Name: n, Distance: Distance(word, n)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.TrimStart('-').Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Edit distance counting a swap of two neighbours as one edit ("gaet" is one edit from "gate").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
