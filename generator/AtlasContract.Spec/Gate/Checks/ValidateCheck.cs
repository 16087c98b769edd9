using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Gate.Checks;

/// <summary>Each declared fragment loads and is a valid OpenAPI document (errors fail; warnings are listed).</summary>
public sealed class ValidateCheck : IGateCheck
{
    public string Kind => "validate";

    public IEnumerable<CheckResult> Run(GateContext context)
    {
        foreach (var contract in context.Working.Contracts)
        {
            var name = $"validate {contract.Fragment.Relative}";
            SpecDocument document;
            string? error = null;
            try
            {
                document = context.Fragment(contract);
            }
            catch (SpecLoadException ex)
            {
                (document, error) = (null!, ex.Message);
            }

            if (error is not null)
            {
                yield return new CheckResult(Kind, name, CheckStatus.Fail, "could not load: " + error)
                {
                    Findings = [new GateFinding("fragment-unreadable", Level.Err, error) { File = contract.Fragment.Relative }],
                };
                continue;
            }

            var diagnostics = SpecValidator.Validate(document);
            var errors = diagnostics.Count(d => d.Severity == "error");
            yield return new CheckResult(Kind, name, errors == 0 ? CheckStatus.Pass : CheckStatus.Fail, $"{errors} errors, {diagnostics.Count - errors} warnings")
            {
                Details = diagnostics.Select(d => d.ToString()).ToList(),
                Findings = diagnostics.Select(d => new GateFinding("spec-invalid", d.Severity == "error" ? Level.Err : Level.Warn, d.Message)
                {
                    File = contract.Fragment.Relative,
                    Pointer = d.Pointer,
                }).ToList(),
                Report = diagnostics,
            };
        }
    }
}
