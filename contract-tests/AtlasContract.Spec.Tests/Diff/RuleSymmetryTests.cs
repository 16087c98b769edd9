using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>
/// Every request rule has its response counterpart and back (as oasdiff's TestRuleSymmetry), unless a written
/// waiver says why the other side has nothing to say. Counterparts are found by swapping "request" and
/// "response" in the id, or through the table of rules named differently on each side.
/// </summary>
public class RuleSymmetryTests
{
    /// <summary>Request rule → its response counterpart where the names differ.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["new-required-request-property"] = "response-required-property-added",
        ["new-optional-request-property"] = "response-optional-property-added",
        ["request-property-removed"] = "response-optional-property-removed",
        ["request-property-type-generalized"] = "response-property-type-specialized",
        ["request-required-property-became-read-only"] = "response-required-property-became-write-only",
        ["request-optional-property-became-read-only"] = "response-optional-property-became-write-only",
        ["request-required-property-became-not-read-only"] = "response-required-property-became-not-write-only",
        ["request-optional-property-became-not-read-only"] = "response-optional-property-became-not-write-only",
        ["request-body-media-type-removed"] = "response-media-type-removed",
        ["request-body-media-type-added"] = "response-media-type-added",
    };

    /// <summary>Rules (or id prefixes) with no counterpart on the other side, and why.</summary>
    private static readonly Dictionary<string, string> Waivers = new(StringComparer.Ordinal)
    {
        ["request-parameter-"] = "parameters exist only in requests",
        ["new-required-request-parameter"] = "parameters exist only in requests",
        ["new-optional-request-parameter"] = "parameters exist only in requests",
        ["request-body-"] = "a body that is added, removed or becomes required: responses have statuses instead (response-*-status-*)",
        ["response-success-status-"] = "statuses exist only in responses",
        ["response-non-success-status-"] = "statuses exist only in responses",
        ["response-media-type-removed-before-sunset"] = "x-sunset is declared on response media types only",
        ["response-media-type-removed-after-sunset"] = "x-sunset is declared on response media types only",
        ["response-required-property-removed"] = "a request has no 'required removed' case apart from request-property-removed (its counterpart is the optional one)",
        ["required-response-header-removed"] = "request headers are parameters (request-parameter-*)",
        ["optional-response-header-removed"] = "request headers are parameters (request-parameter-*)",
        ["response-header-"] = "request headers are parameters (request-parameter-*)",
        ["response-optional-property-became-nullable"] = "a request has no optional/required split for null: request-property-became-nullable (INFO) covers every property",
        ["response-media-type-name-"] = "a renamed media type is paired only for error responses, and a range only for responses, where the body is read by status; a request media type renamed is a removal (the server refuses the old one)",
        ["request-required-parameter-default-value-changed"] = "parameters exist only in requests",
        ["request-property-constraint-set"] = "a bound appearing on a response is response-property-constraint-tightened (the server promises more)",
    };

    private static bool Waived(string id) => Waivers.Keys.Any(w => w.EndsWith('-') ? id.StartsWith(w, StringComparison.Ordinal) : id == w);

    private static string? CounterpartOf(Rule rule) =>
        rule.Direction == Direction.Request
            ? Renamed.GetValueOrDefault(rule.Id) ?? rule.Id.Replace("request", "response", StringComparison.Ordinal)
            : Renamed.FirstOrDefault(p => p.Value == rule.Id).Key ?? rule.Id.Replace("response", "request", StringComparison.Ordinal);

    [Test]
    public void All_RequestAndResponseRules_HaveCounterpartsOrAWrittenWaiver()
    {
        var missing = RuleCatalogue.All
            .Where(r => r.Direction != Direction.None && !Waived(r.Id) && r.Family is null) // a split rule's family has the counterpart
            .Where(r => RuleCatalogue.Find(CounterpartOf(r)!) is not { } other || other.Direction == r.Direction || other.Direction == Direction.None)
            .Select(r => $"{r.Id} (expected {CounterpartOf(r)})");

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Waivers_AndRenames_EachStillApplyToARule()
    {
        var ids = RuleCatalogue.All.Select(r => r.Id).ToList();

        Assert.That(Waivers.Keys.Where(w => !ids.Any(id => w.EndsWith('-') ? id.StartsWith(w, StringComparison.Ordinal) : id == w)), Is.Empty, "stale waivers");
        Assert.That(Renamed.SelectMany(p => new[] { p.Key, p.Value }).Where(id => RuleCatalogue.Find(id) is null), Is.Empty, "stale renames");
    }
}
