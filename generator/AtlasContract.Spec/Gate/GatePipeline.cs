namespace AtlasContract.Spec.Gate;

/// <summary>
/// Runs the gate's checks in order. A check that throws leaves a FAIL row naming the exception and the rows it
/// produced before it threw; the other checks still run, so the reports are always complete.
/// </summary>
public static class GatePipeline
{
    /// <summary>The checks of a full gate run, in report order; <paramref name="codegen"/> is the build's check (the CLI's).</summary>
    public static IReadOnlyList<IGateCheck> Standard(IGateCheck? codegen) =>
    [
        new Checks.ValidateCheck(),
        .. codegen is null ? Array.Empty<IGateCheck>() : [codegen],
        new Checks.CompatCheck(),
        new Checks.BaselineDiffCheck(),
        new Checks.PactsCheck(),
        new Checks.UpstreamGateCheck(),
        new Checks.SunsetCheck(),
        new Checks.PolicyCheck(),
    ];

    public static IReadOnlyList<CheckResult> Run(GateContext context, IEnumerable<IGateCheck> checks)
    {
        var results = new List<CheckResult>();
        foreach (var check in checks)
        {
            using var rows = SafeEnumerator(check, context, results);
            while (true)
            {
                CheckResult row;
                try
                {
                    if (!rows.MoveNext())
                    {
                        break;
                    }

                    row = rows.Current;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    results.Add(CheckResult.Crashed(check.Kind, check.Kind, ex));
                    break;
                }

                results.Add(row);
            }
        }

        return results;
    }

    private static IEnumerator<CheckResult> SafeEnumerator(IGateCheck check, GateContext context, List<CheckResult> results)
    {
        try
        {
            return check.Run(context).GetEnumerator();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            results.Add(CheckResult.Crashed(check.Kind, check.Kind, ex));
            return Enumerable.Empty<CheckResult>().GetEnumerator();
        }
    }
}
