namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Authentication: security requirements and schemes. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class SecurityRules
{
    public static readonly Rule[] All =
    [
        // Clients authenticating that way are rejected.
        new("api-security-removed", Level.Err, Direction.None, RuleKind.Existence,
            "{operation}: authentication with {before} is no longer accepted.",
            (change, context) => change.Kind == ChangeKind.SecurityRemoved),
        // A new alternative; existing ones still work.
        new("api-security-added", Level.Info, Direction.None, RuleKind.Existence,
            "{operation}: authentication with {after} is now also accepted.",
            (change, context) => change.Kind == ChangeKind.SecurityAdded),
        // Clients authenticating with the old mechanism are rejected.
        new("security-scheme-type-changed", Level.Err, Direction.None, RuleKind.Type,
            "security scheme {path} changed from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeTypeChanged),
        // Clients with the old token URL configured may fail to get tokens.
        new("security-scheme-token-url-changed", Level.Warn, Direction.None, RuleKind.Structure,
            "security scheme {path}: token URL changed from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeTokenUrlChanged),
    ];
}
