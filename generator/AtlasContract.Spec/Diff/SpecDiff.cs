using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>The breaking-change engine: compare two documents, classify every change by the catalogue.</summary>
public static class SpecDiff
{
    public static DiffReport Compare(SpecDocument baseDocument, SpecDocument revisionDocument, DiffConfig? config = null, DateOnly? today = null)
    {
        config ??= DiffConfig.Empty;
        var context = new RuleContext(today ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var changes = new OperationComparer(baseDocument, revisionDocument).Run();
        var active = config.Allow.Where(a => a.Expires is null || a.Expires >= context.Today).ToList();
        var findings = changes.Select(c => Classify(c, context, config, active))
            .OrderByDescending(f => f.Level)
            .ThenBy(f => f.Operation, StringComparer.Ordinal)
            .ThenBy(f => f.JsonPath, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        var expired = config.Allow.Except(active).ToList();
        return new DiffReport(baseDocument.Source, revisionDocument.Source, findings, expired);
    }

    /// <summary>The first catalogue rule that covers the change; an uncovered change is never dropped.</summary>
    public static string RuleFor(Change change, RuleContext context) =>
        RuleCatalogue.All.FirstOrDefault(e => e.Rule.Matches(change, context))?.Id ?? RuleCatalogue.Unclassified;

    private static Finding Classify(Change change, RuleContext context, DiffConfig config, List<Allowance> allow)
    {
        var id = RuleFor(change, context);
        var level = config.Levels.TryGetValue(id, out var overridden) ? overridden : RuleCatalogue.Find(id)?.Level ?? Level.Warn;
        var finding = new Finding(id, level, change.Operation, change.JsonPath, change.Location, Messages.Render(id, change));
        var allowance = allow.FirstOrDefault(a => a.Covers(finding));
        return allowance is null ? finding : finding with { AllowedBecause = allowance.Reason };
    }

    /// <summary>The raw changes, before classification (for tests and tooling).</summary>
    public static IReadOnlyList<Change> Changes(SpecDocument baseDocument, SpecDocument revisionDocument) =>
        new OperationComparer(baseDocument, revisionDocument).Run();
}
