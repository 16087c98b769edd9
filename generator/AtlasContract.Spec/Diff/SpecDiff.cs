using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>The breaking-change engine: compare two documents, classify every change by the catalogue.</summary>
public static class SpecDiff
{
    /// <summary>The diff with no level overrides and no allow entries, judged on <paramref name="today"/>.</summary>
    public static DiffReport Compare(SpecDocument baseDocument, SpecDocument revisionDocument, DateOnly today) =>
        Compare(baseDocument, revisionDocument, null, today);

    /// <param name="baseDocument">The document before.</param>
    /// <param name="revisionDocument">The document after.</param>
    /// <param name="config">Level overrides and allow entries (none when null).</param>
    /// <param name="today">The date sunsets and allow expiries are judged on: the engine reads no clock.</param>
    public static DiffReport Compare(SpecDocument baseDocument, SpecDocument revisionDocument, DiffConfig? config, DateOnly today)
    {
        config ??= DiffConfig.Empty;
        var context = new RuleContext(today);
        var changes = new OperationComparer(baseDocument, revisionDocument).Run();
        var active = config.Allow.Where(a => a.Expires is null || a.Expires >= context.Today).ToList();
        // The same change reached twice (through several oneOf variants holding one schema) is one finding.
        var findings = changes.DistinctBy(c => c with { Origin = null }).Select(c => Classify(c, context, config, active))
            .OrderByDescending(f => f.Level)
            .ThenBy(f => f.Operation, StringComparer.Ordinal)
            .ThenBy(f => f.JsonPath, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        var expired = config.Allow.Except(active).ToList();
        return new DiffReport(baseDocument.Source, revisionDocument.Source, findings, expired);
    }

    /// <summary>The one catalogue rule that classifies the change (found through the index by kind).</summary>
    /// <exception cref="UnclassifiedChangeException">No rule, or more than one, classifies it: an internal error.</exception>
    public static Rule RuleFor(Change change, RuleContext context) => RuleCatalogue.Classify(change, context);

    private static Finding Classify(Change change, RuleContext context, DiffConfig config, List<Allowance> allow)
    {
        var rule = RuleFor(change, context);
        var level = config.LevelOf(rule);
        var finding = new Finding(rule.Id, level, change.Operation, change.JsonPath, change.Location, rule.Render(change))
        {
            Status = change.Status,
            Origin = change.Origin,
            Before = change.Before,
            After = change.After,
        };
        var allowance = allow.FirstOrDefault(a => a.Covers(finding));
        return allowance is null ? finding : finding with { AllowedBecause = allowance.Reason };
    }

    /// <summary>The raw changes, before classification (for tests and tooling).</summary>
    public static IReadOnlyList<Change> Changes(SpecDocument baseDocument, SpecDocument revisionDocument) =>
        new OperationComparer(baseDocument, revisionDocument).Run();
}
