using AtlasContract.Cli.Commands;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli;

/// <summary>
/// <c>atlas-contract</c>: exit 0 passed, 1 the gate fails, 2 bad input or usage (one line naming the file
/// and position), 3 internal error. A crash is never 0 or 1.
/// </summary>
public static class Cli
{
    public const int Passed = 0;
    public const int GateFailed = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    public const string Usage = """
        usage: atlas-contract <command> [options]

          diff BASE REVISION     breaking changes from BASE to REVISION
                                 [--format text|json|markdown|junit] [--output FILE] [--fail-on ERR|WARN|INFO] [--config FILE]
          compat OLD NEW         can a consumer of OLD's response read NEW's?
                                 [--old-operation ID] [--new-operation ID] [--status CODE] [--format ...] [--output FILE]
          slice SPEC --operation ID [--output FILE]
                                 the operation and everything it references, as a standalone document
          validate SPEC          OpenAPI diagnostics with JSON pointers [--format text|json]
          verify-pact PACT... --spec SPEC
                                 every interaction of the pacts is allowed by the spec
          gate                   the main job on this repository: validate, codegen current, compat, diff vs
                                 baseline, verify pacts [--baseline PATH] [--baseline-ref REF] [--report-dir DIR]
                                 [--config FILE] [--fail-on LEVEL] [--skip-codegen-check] [--root DIR]

        exit codes: 0 passed, 1 gate failed, 2 bad input or usage, 3 internal error
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
                return args.Length == 0 ? BadInput : Passed;
            }

            var rest = args[1..];
            return args[0] switch
            {
                "diff" => DiffCommand.Run(rest, stdout),
                "compat" => CompatCommand.Run(rest, stdout),
                "slice" => SliceCommand.Run(rest, stdout),
                "validate" => ValidateCommand.Run(rest, stdout),
                "verify-pact" => VerifyPactCommand.Run(rest, stdout),
                "gate" => GateCommand.Run(rest, stdout),
                _ => throw new UsageException($"unknown command '{args[0]}' (try --help)"),
            };
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
}
