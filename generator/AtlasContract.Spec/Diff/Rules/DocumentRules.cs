namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Tags, stability levels, webhooks and the document's security schemes. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class DocumentRules
{
    public static readonly Rule[] All =
    [
        // Documentation grouping: generated clients may move the method to another class, nothing on the wire changes.
        new("api-tag-added", Level.Info, Direction.None, RuleKind.Structure, [ChangeKind.TagAdded],
            "{operation}: tag '{after}' was added.",
            (change, context) => change.Kind == ChangeKind.TagAdded),
        // Documentation grouping, as above.
        new("api-tag-removed", Level.Info, Direction.None, RuleKind.Structure, [ChangeKind.TagRemoved],
            "{operation}: tag '{before}' was removed.",
            (change, context) => change.Kind == ChangeKind.TagRemoved),
        // The operation now promises less: it may change or go without notice (stable → beta, beta → alpha).
        new("api-stability-decreased", Level.Err, Direction.None, RuleKind.Lifecycle, [ChangeKind.StabilityChanged],
            "{operation}: x-stability-level decreased from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.StabilityChanged && OperationComparer.StabilityRank(change.After) is var after and >= 0 && after < OperationComparer.StabilityRank(change.Before)),
        // A stronger promise.
        new("api-stability-increased", Level.Info, Direction.None, RuleKind.Lifecycle, [ChangeKind.StabilityChanged],
            "{operation}: x-stability-level increased from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.StabilityChanged && OperationComparer.StabilityRank(change.After) is var after and >= 0 && after > OperationComparer.StabilityRank(change.Before)),
        // A level no rule can read promises nothing clients can plan with.
        new("api-invalid-stability-level", Level.Warn, Direction.None, RuleKind.Lifecycle, [ChangeKind.StabilityChanged],
            "{operation}: x-stability-level '{after}' is none of draft, alpha, beta, stable.",
            (change, context) => change.Kind == ChangeKind.StabilityChanged && OperationComparer.StabilityRank(change.After) < 0) { Differs = "an unreadable level changes nothing on the wire; it is flagged, as an unreadable x-sunset is", OasdiffLevel = Level.Err },
        // Receivers may subscribe to a new event.
        new("webhook-added", Level.Info, Direction.None, RuleKind.Existence, [ChangeKind.WebhookAdded],
            "{operation} was added.",
            (change, context) => change.Kind == ChangeKind.WebhookAdded),
        // Receivers that handle it stop getting it.
        new("webhook-removed", Level.Err, Direction.None, RuleKind.Existence, [ChangeKind.WebhookRemoved],
            "{operation} was removed.",
            (change, context) => change.Kind == ChangeKind.WebhookRemoved),
        // A way to authenticate that operations may name; an operation that does is reported with api-security-added.
        new("api-security-component-added", Level.Info, Direction.None, RuleKind.Existence, [ChangeKind.SecuritySchemeAdded],
            "{operation}: security scheme {after} was added.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeAdded),
        // Operations that used it are reported with api-security-removed; the scheme itself is no client's contract.
        new("api-security-component-removed", Level.Info, Direction.None, RuleKind.Existence, [ChangeKind.SecuritySchemeRemoved],
            "{operation}: security scheme {before} was removed.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeRemoved),
    ];
}
