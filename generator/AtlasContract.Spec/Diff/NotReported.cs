namespace AtlasContract.Spec.Diff;

/// <summary>
/// oasdiff's rule ids this gate deliberately has no rule for, each with the reason: what they detect is no change a
/// client sends or reads, or it is reported under another rule. A configuration naming one is accepted with a notice
/// (it has no effect); the README's list is generated from here and a test checks every oasdiff id is a rule, an old
/// id kept as an alias, or listed here.
/// </summary>
internal static class NotReported
{
    private const string AllOf = "allOf is merged before comparing: a branch added or removed is reported once by what it changes (new-required-request-property, …), and a schema merely split into allOf is no change";
    private const string RequestWriteOnly = "writeOnly marks what only requests carry: nothing clients send changes (a response property becoming writeOnly is response-*-property-became-write-only)";
    private const string ResponseReadOnly = "readOnly marks what only responses carry: nothing clients read changes (a request property becoming readOnly is request-*-property-became-read-only)";
    private const string ReadOnlyInRequest = "a readOnly property is never sent: its bounds and values are not compared in requests";
    private const string WriteOnlyInResponse = "a writeOnly property is never returned: it is not compared in responses";
    private const string Policy = "a deprecation-policy check (oasdiff's --deprecation-days): it judges the notice a provider gives, not what a client sends or reads; the sunset row counts down clients' own deadlines";
    private const string Version = "info.version is an annotation: judging it is a versioning policy, not a wire change";
    private const string GlobalSecurity = "the document's security applies to each operation that declares none: its changes are reported on each operation as api-security-added/-removed/-scope-added/-scope-removed";
    private const string DeclaredScope = "a scope the scheme declares more, or describes differently, changes no client's token or request (a scope an operation newly requires is api-security-scope-added)";

    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["request-body-all-of-added"] = AllOf,
        ["request-body-all-of-added-annotation-only"] = AllOf,
        ["request-body-all-of-removed"] = AllOf,
        ["request-body-all-of-removed-annotation-only"] = AllOf,
        ["request-property-all-of-added"] = AllOf,
        ["request-property-all-of-added-annotation-only"] = AllOf,
        ["request-property-all-of-removed"] = AllOf,
        ["request-property-all-of-removed-annotation-only"] = AllOf,
        ["response-body-all-of-added"] = AllOf,
        ["response-body-all-of-added-annotation-only"] = AllOf,
        ["response-body-all-of-removed"] = AllOf,
        ["response-body-all-of-removed-annotation-only"] = AllOf,
        ["response-property-all-of-added"] = AllOf,
        ["response-property-all-of-added-annotation-only"] = AllOf,
        ["response-property-all-of-removed"] = AllOf,
        ["response-property-all-of-removed-annotation-only"] = AllOf,
        ["request-optional-property-became-write-only"] = RequestWriteOnly,
        ["request-optional-property-became-not-write-only"] = RequestWriteOnly,
        ["request-required-property-became-write-only"] = RequestWriteOnly,
        ["request-required-property-became-not-write-only"] = RequestWriteOnly,
        ["response-optional-property-became-read-only"] = ResponseReadOnly,
        ["response-optional-property-became-not-read-only"] = ResponseReadOnly,
        ["response-required-property-became-read-only"] = ResponseReadOnly,
        ["response-required-property-became-not-read-only"] = ResponseReadOnly,
        ["request-read-only-property-enum-value-removed"] = ReadOnlyInRequest,
        ["request-read-only-property-exclusive-max-decreased"] = ReadOnlyInRequest,
        ["request-read-only-property-exclusive-min-increased"] = ReadOnlyInRequest,
        ["request-read-only-property-max-decreased"] = ReadOnlyInRequest,
        ["request-read-only-property-max-length-decreased"] = ReadOnlyInRequest,
        ["request-read-only-property-min-increased"] = ReadOnlyInRequest,
        ["response-optional-write-only-property-added"] = WriteOnlyInResponse,
        ["response-optional-write-only-property-removed"] = WriteOnlyInResponse,
        ["response-required-write-only-property-added"] = WriteOnlyInResponse,
        ["response-required-write-only-property-removed"] = WriteOnlyInResponse,
        ["response-write-only-property-became-optional"] = WriteOnlyInResponse,
        ["response-write-only-property-became-required"] = WriteOnlyInResponse,
        ["response-write-only-property-enum-value-added"] = WriteOnlyInResponse,
        ["api-deprecated-sunset-missing"] = Policy,
        ["api-sunset-date-too-small"] = Policy,
        ["request-parameter-deprecated-sunset-missing"] = Policy,
        ["request-parameter-sunset-date-too-small"] = Policy,
        ["request-property-deprecated-sunset-missing"] = Policy,
        ["request-property-sunset-date-too-small"] = Policy,
        ["response-property-deprecated-sunset-missing"] = Policy,
        ["response-property-sunset-date-too-small"] = Policy,
        ["api-deprecated-sunset-parse"] = "an x-sunset that is not a date is reported when it appears, as api-sunset-date-invalid (WARN), whether or not the operation is deprecated",
        ["api-path-sunset-parse"] = "an operation removed with an x-sunset that is not a date is judged as one removed without a date (api-path-removed-with-deprecation, ERR)",
        ["api-version-decreased"] = Version,
        ["api-version-not-bumped"] = Version,
        ["api-major-version-not-bumped"] = Version,
        ["api-schema-removed"] = "a component schema no operation uses is out of clients' reach; one in use is reported where the operations use it",
        ["api-global-security-added"] = GlobalSecurity,
        ["api-global-security-removed"] = GlobalSecurity,
        ["api-global-security-scope-added"] = GlobalSecurity,
        ["api-global-security-scope-removed"] = GlobalSecurity,
        ["api-security-component-oauth-scope-added"] = DeclaredScope,
        ["api-security-component-oauth-scope-changed"] = DeclaredScope,
    };
}
