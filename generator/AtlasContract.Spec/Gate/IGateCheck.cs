namespace AtlasContract.Spec.Gate;

/// <summary>One check of the gate: one entry point, structured results (one row per thing checked).</summary>
public interface IGateCheck
{
    /// <summary>The check's kind: validate, codegen, compat, diff, pact, upstream, sunset, policy.</summary>
    string Kind { get; }

    /// <summary>The check's rows. Throwing is allowed: the pipeline turns it into a FAIL row and runs the others.</summary>
    IEnumerable<CheckResult> Run(GateContext context);
}
