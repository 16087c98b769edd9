using System.Text;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate;
using AtlasContract.Spec.Gate.Policy;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Tests.Gate.Policy;

public class PolicyDiffTests
{
    private const string Contracts = """
        contracts:
          - name: a
            fragment: spec/a.yaml
            upstream: { operations: [listA, getA], spec: full.yaml }
            codegen: { nswag: gen/a.nswag, transform: gen/a.json, output: src/Generated/A.g.cs }
            pacts: [pacts/a.json, pacts/a2.json]
          - name: b
            fragment: spec/b.yaml
        compat:
          - old: a
            new: b
            mapping: { root: { old: '$[*]', new: '$.results[*]' } }
        sunset: { warnDays: 180 }

        """;

    private static ContractManifest Manifest(string text) =>
        ContractManifest.FromBaseline(SpecLoader.Parse(Encoding.UTF8.GetBytes(text), "m.yaml").Root, "m.yaml", Path.GetTempPath());

    private static IReadOnlyList<GateFinding> Compare(string baseline, string working) => PolicyDiff.Compare(Manifest(baseline), Manifest(working));

    private static string Ids(IEnumerable<GateFinding> findings) => string.Join(",", findings.Select(f => f.RuleId));

    [Test]
    public void Compare_SameManifest_NoFinding()
    {
        Assert.That(Compare(Contracts, Contracts), Is.Empty);
    }

    [TestCase("allow: [{ rule: response-property-became-nullable, reason: r }]", "policy-allow-added")]
    [TestCase("levels: { response-property-became-nullable: WARN }", "policy-level-lowered")]
    [TestCase("levels: { response-property-enum-value-added: ERR }", "policy-level-raised")]
    public void Compare_PolicyKeyAdded_OneFindingOfItsRule(string added, string rule)
    {
        var findings = Compare(Contracts, Contracts + added + "\n");

        Assert.That(Ids(findings), Is.EqualTo(rule));
        Assert.That(findings[0].File, Is.EqualTo(ContractManifest.FileName));
    }

    [Test]
    public void Compare_SplitRuleEntryDroppedUnderALowerFamilyLevel_LevelLowered()
    {
        // request-body-max-length-decreased is split from request-property-max-length-decreased, itself split from
        // request-property-constraint-tightened: without its own entry it takes the family's INFO.
        var baseline = Contracts + "levels: { request-property-constraint-tightened: INFO, request-body-max-length-decreased: ERR }\n";
        var working = Contracts + "levels: { request-property-constraint-tightened: INFO }\n";

        var findings = Compare(baseline, working);

        Assert.That(Ids(findings), Is.EqualTo("policy-level-lowered"));
        Assert.That(findings[0].Message, Does.Contain("request-body-max-length-decreased: ERR on the baseline, INFO here"));
    }

    [Test]
    public void Compare_AllowEntryNarrowedOnBaselineWidenedHere_Widened()
    {
        var baseline = Contracts + "allow: [{ rule: response-property-became-nullable, operation: GET /a, reason: r }]\n";
        var working = Contracts + "allow: [{ rule: response-property-became-nullable, reason: r }]\n";

        var findings = Compare(baseline, working);

        Assert.That(Ids(findings), Is.EqualTo("policy-allow-widened"), "the wider entry still covers the narrower one: nothing was removed");
        Assert.That(findings[0].Level, Is.EqualTo(Level.Err));
        Assert.That(findings[0].Message, Does.Contain("widened from response-property-became-nullable GET /a"));
    }

    [TestCase("2027-01-31", "2027-06-30", "policy-allow-expiry-extended")]
    [TestCase("2027-01-31", null, "policy-allow-expiry-extended")]
    [TestCase("2027-06-30", "2027-01-31", "")]
    [TestCase(null, "2027-01-31", "")]
    public void Compare_AllowExpiryChanged_OnlyLaterIsAFinding(string? before, string? after, string expected)
    {
        static string Allow(string? expires) => Contracts + "allow: [{ rule: response-property-became-nullable, reason: r" + (expires is null ? string.Empty : $", expires: {expires}") + " }]\n";

        var findings = Compare(Allow(before), Allow(after));

        Assert.That(Ids(findings.Where(f => f.Level == Level.Err)), Is.EqualTo(expected));
    }

    [Test]
    public void Compare_ReasonReworded_NoFinding()
    {
        var baseline = Contracts + "allow: [{ rule: response-property-became-nullable, reason: old words }]\n";

        Assert.That(Compare(baseline, baseline.Replace("old words", "new words", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Compare_EachDeclarationDropped_ItsWeakeningRule()
    {
        var working = Contracts
            .Replace("upstream: { operations: [listA, getA], spec: full.yaml }", "upstream: { operations: [listA] }", StringComparison.Ordinal)
            .Replace("    codegen: { nswag: gen/a.nswag, transform: gen/a.json, output: src/Generated/A.g.cs }\n", string.Empty, StringComparison.Ordinal)
            .Replace("pacts: [pacts/a.json, pacts/a2.json]", "pacts: [pacts/a.json]", StringComparison.Ordinal)
            .Replace("mapping: { root: { old: '$[*]', new: '$.results[*]' } }", "mapping: { root: { old: '$[*]', new: '$.items[*]' } }", StringComparison.Ordinal)
            .Replace("warnDays: 180", "warnDays: 30", StringComparison.Ordinal);

        var findings = Compare(Contracts, working);

        Assert.That(findings.Select(f => f.RuleId), Is.EquivalentTo(new[]
        {
            "policy-pact-removed", "policy-codegen-removed", "policy-upstream-removed", "policy-upstream-removed",
            "policy-compat-changed", "policy-sunset-warn-days-lowered",
        }));
        Assert.That(findings, Has.All.Property(nameof(GateFinding.Level)).EqualTo(Level.Err));
        Assert.That(findings.Single(f => f.RuleId == "policy-pact-removed").Message, Does.Contain("pacts/a2.json"));
    }

    [Test]
    public void Compare_ContractAndCompatRemoved_NamesTheOperationsAndPacts()
    {
        const string working = "contracts:\n  - name: b\n    fragment: spec/b.yaml\n  - name: c\n    fragment: spec/c.yaml\nsunset: { warnDays: 180 }\n";

        var findings = Compare(Contracts, working);

        var removed = findings.Single(f => f.RuleId == "policy-contract-removed");
        Assert.That(removed.Message, Is.EqualTo("contract a (spec/a.yaml) removed: operations listA, getA; pacts pacts/a.json, pacts/a2.json no longer verified"));
        Assert.That(Ids(findings), Is.EqualTo("policy-contract-removed,policy-contract-added,policy-compat-removed"));
    }

    [Test]
    public void Compare_TwoPairsBetweenTheSameContracts_MatchedByOperations()
    {
        const string pairs = "compat:\n  - { old: a, new: b, oldOperation: getA, newOperation: getB, mapping: { root: { old: '$', new: '$' } } }\n  - { old: a, new: b, oldOperation: listA, newOperation: listB, mapping: { root: { old: '$[*]', new: '$.results[*]' } } }\n";
        var baseline = Contracts[..Contracts.IndexOf("compat:", StringComparison.Ordinal)] + pairs;

        var same = Compare(baseline, baseline);
        var changed = Compare(baseline, baseline.Replace("new: '$.results[*]'", "new: '$.items[*]'", StringComparison.Ordinal));

        Assert.That(same, Is.Empty);
        Assert.That(changed.Select(f => f.Message), Is.EqualTo(new[] { "compat a -> b (listA -> listB): mapping changed" }));
    }

    [Test]
    public void Compare_FragmentMoved_InfoNotRemoval()
    {
        var findings = Compare(Contracts, Contracts.Replace("fragment: spec/b.yaml", "fragment: spec/v2/b.yaml", StringComparison.Ordinal));

        Assert.That(Ids(findings), Is.EqualTo("policy-fragment-moved"));
        Assert.That(findings[0].Level, Is.EqualTo(Level.Info));
        Assert.That(findings[0].Pointer, Is.EqualTo("#/contracts/1/fragment"));
    }

    [Test]
    public void All_EveryRule_HasAUniquePolicyIdAndADescription()
    {
        Assert.That(PolicyRules.All.Select(r => r.Id), Is.Unique.And.All.StartsWith("policy-"));
        Assert.That(PolicyRules.All, Has.All.Property(nameof(PolicyRule.Description)).Not.Empty);
        Assert.That(PolicyRules.All.Where(r => r.Weakens), Has.All.Property(nameof(PolicyRule.Level)).EqualTo(Level.Err));
    }
}
