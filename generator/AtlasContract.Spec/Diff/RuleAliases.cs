namespace AtlasContract.Spec.Diff;

/// <summary>
/// Ids this catalogue used before it took oasdiff's for the same meaning. A configuration that still names an old
/// id keeps working: <see cref="DiffConfig"/> maps it to the new one (or the several it was split into, as oasdiff
/// splits required from optional) and says so in one line.
/// </summary>
internal static class RuleAliases
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> OldToNew = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["request-discriminator-property-changed"] = ["request-property-discriminator-property-name-changed"],
        ["request-discriminator-mapping-added"] = ["request-property-discriminator-mapping-added"],
        ["request-discriminator-mapping-removed"] = ["request-property-discriminator-mapping-deleted"],
        ["response-discriminator-property-changed"] = ["response-property-discriminator-property-name-changed"],
        ["response-discriminator-mapping-added"] = ["response-property-discriminator-mapping-added"],
        ["response-discriminator-mapping-removed"] = ["response-property-discriminator-mapping-deleted"],
        ["security-scheme-type-changed"] = ["api-security-component-type-changed"],
        ["security-scheme-token-url-changed"] = ["api-security-component-oauth-token-url-changed"],
        ["request-property-became-read-only"] = ["request-required-property-became-read-only", "request-optional-property-became-read-only"],
        ["response-property-became-write-only"] = ["response-required-property-became-write-only", "response-optional-property-became-write-only"],
        ["api-removed-without-sunset"] = ["api-removed-with-deprecation"],
    };
}
