namespace AtlasContract.Spec.Diff.Rules;

/// <summary>Authentication: security requirements and schemes. Each entry is the whole rule: id, level, direction, kind, message, predicate.</summary>
internal static class SecurityRules
{
    public static readonly Rule[] All =
    [
        // Clients authenticating that way are rejected.
        new("api-security-removed", Level.Err, Direction.None, RuleKind.Existence, [ChangeKind.SecurityRemoved],
            "{operation}: authentication with {before} is no longer accepted.",
            (change, context) => change.Kind == ChangeKind.SecurityRemoved) { Differs = "clients that authenticate with the removed alternative are refused", OasdiffLevel = Level.Info },
        // A new alternative; existing ones still work.
        new("api-security-added", Level.Info, Direction.None, RuleKind.Existence, [ChangeKind.SecurityAdded],
            "{operation}: authentication with {after} is now also accepted.",
            (change, context) => change.Kind == ChangeKind.SecurityAdded),
        // Clients authenticating with the old mechanism are rejected.
        new("api-security-component-type-changed", Level.Err, Direction.None, RuleKind.Type, [ChangeKind.SecuritySchemeTypeChanged],
            "{operation}: security scheme {path} changed from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeTypeChanged) { Differs = "clients authenticating with the old mechanism are refused", OasdiffLevel = Level.Info },
        // Clients with the old token URL configured may fail to get tokens.
        new("api-security-component-oauth-token-url-changed", Level.Warn, Direction.None, RuleKind.Structure, [ChangeKind.SecuritySchemeTokenUrlChanged],
            "{operation}: security scheme {path}: token URL changed from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeTokenUrlChanged) { Differs = "clients with the old token URL configured may fail to get tokens", OasdiffLevel = Level.Info },
        // Clients with the old authorization URL configured send their users where no token is issued.
        new("api-security-component-oauth-url-changed", Level.Warn, Direction.None, RuleKind.Structure, [ChangeKind.SecuritySchemeAuthorizationUrlChanged],
            "{operation}: security scheme {path}: authorization URL changed from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeAuthorizationUrlChanged) { Differs = "clients with the old authorization URL configured may fail to get tokens, as with a changed token URL", OasdiffLevel = Level.Info },
        // Clients that still ask the authorization server for that scope may be refused (invalid_scope).
        new("api-security-component-oauth-scope-removed", Level.Warn, Direction.None, RuleKind.Existence, [ChangeKind.SecuritySchemeScopeRemoved],
            "{operation}: security scheme {path} no longer declares the {before}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeScopeRemoved) { Differs = "clients that still request the scope when they get a token may be refused (invalid_scope)", OasdiffLevel = Level.Info },
        // Tokens issued without the new scope are refused. (oasdiff rates it INFO: a client whose token lacks the scope gets 403.)
        new("api-security-scope-added", Level.Err, Direction.None, RuleKind.Existence, [ChangeKind.SecurityScopeAdded],
            "{operation}: authentication now also requires {after}.",
            (change, context) => change.Kind == ChangeKind.SecurityScopeAdded) { Differs = "a token issued without the new scope gets 403: clients must ask for a new token", OasdiffLevel = Level.Info },
        // Asks less of the client's token.
        new("api-security-scope-removed", Level.Info, Direction.None, RuleKind.Existence, [ChangeKind.SecurityScopeRemoved],
            "{operation}: authentication no longer requires {before}.",
            (change, context) => change.Kind == ChangeKind.SecurityScopeRemoved),
        // Clients send the key where, or under the name, the server no longer looks.
        new("security-scheme-api-key-changed", Level.Err, Direction.None, RuleKind.Structure, [ChangeKind.SecuritySchemeApiKeyChanged],
            "{operation}: security scheme {path}: the API key moved from {before} to {after}.",
            (change, context) => change.Kind == ChangeKind.SecuritySchemeApiKeyChanged),
    ];
}
