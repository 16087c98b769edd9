using System.Text.RegularExpressions;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

public partial class RuleCatalogueTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    public static IEnumerable<string> RuleIds => RuleCatalogue.All.Select(e => e.Id);

    private static string Fixture(string id, string side) => Path.Combine(AppContext.BaseDirectory, "Diff", "Fixtures", $"{id}_{side}.yaml");

    [Test]
    public void All_Ids_AreUniqueAndKebabCase()
    {
        var ids = RuleIds.ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches<string>(id => KebabCase().IsMatch(id!)));
    }

    [Test]
    public void All_EveryRuleDeclaredInRules_IsRegistered()
    {
        var folder = Path.Combine(AtlasContract.Tests.Shared.RepoPaths.Root, "generator", "AtlasContract.Spec", "Diff", "Rules");
        var declared = Directory.GetFiles(folder, "*.cs").SelectMany(f => Declaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();

        Assert.That(declared, Is.EquivalentTo(RuleIds), "a rule declared in Rules/ but missing from RuleCatalogue.All (or the reverse)");
    }

    [Test]
    public void All_Count_IsPinned()
    {
        // Raise it with each new rule (and its fixture pair): the catalogue never shrinks by accident.
        Assert.That(RuleCatalogue.All, Has.Count.EqualTo(502));
    }

    [Test]
    public void All_Messages_UseOnlyKnownPlaceholdersAndNameTheOperation()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            var placeholders = Placeholder().Matches(rule.Message).Select(m => m.Value);
            Assert.That(placeholders, Is.SubsetOf(new[] { "{operation}", "{path}", "{before}", "{after}", "{status}", "{sunset}" }), rule.Id);
            Assert.That(rule.Message, Does.StartWith("{operation}"), rule.Id);
        }
    }

    [Test]
    public void All_Directions_AgreeWithTheId()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            var expected = rule.Id.Contains("request", StringComparison.Ordinal) ? Direction.Request
                : rule.Id.Contains("response", StringComparison.Ordinal) ? Direction.Response
                : Direction.None;
            Assert.That(rule.Direction, Is.EqualTo(expected), rule.Id);
        }
    }

    [Test]
    public void Fixtures_EachBelongsToARule()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Diff", "Fixtures");
        var orphans = Directory.GetFiles(folder)
            .Select(Path.GetFileName)
            .Where(name => FixtureName().Match(name!) is not { Success: true } m || RuleCatalogue.Find(m.Groups[1].Value) is null);

        Assert.That(orphans, Is.Empty);
    }

    [Test]
    public void All_Rules_HaveAFixturePair()
    {
        var missing = RuleIds.SelectMany(id => new[] { Fixture(id, "base"), Fixture(id, "revision") }).Where(f => !File.Exists(f));

        Assert.That(missing, Is.Empty);
    }

    [TestCaseSource(nameof(RuleIds))]
    public void Compare_RuleFixture_ReportsExactlyThatRule(string id)
    {
        var report = SpecDiff.Compare(SpecLoader.Load(Fixture(id, "base")), SpecLoader.Load(Fixture(id, "revision")), today: Today);

        Assert.That(report.Findings.Select(f => f.RuleId).Distinct(), Is.EqualTo(new[] { id }), string.Join("\n", report.Findings));
        var finding = report.Findings[0];
        Assert.That(finding.Level, Is.EqualTo(RuleCatalogue.Find(id)!.Level));
        Assert.That(finding.Location, Does.StartWith("#/"));
        if (finding.Operation != "components")
        {
            Assert.That(finding.Message, Does.Contain(finding.Operation));
        }
    }

    [TestCaseSource(nameof(RuleIds))]
    public void Matches_EveryChangeOfTheFixture_IsCoveredByExactlyOneRule(string id)
    {
        var context = new RuleContext(Today);

        var changes = SpecDiff.Changes(SpecLoader.Load(Fixture(id, "base")), SpecLoader.Load(Fixture(id, "revision")));

        Assert.That(changes, Is.Not.Empty);
        foreach (var change in changes)
        {
            var matching = RuleCatalogue.All.Where(r => r.Matches(change, context)).ToList();
            Assert.That(matching.Select(r => r.Id).ToList(), Has.Count.EqualTo(1), $"{change} matched [{string.Join(", ", matching.Select(r => r.Id))}]");
            Assert.That(matching[0].On, Does.Contain(change.Kind), $"{matching[0].Id} classifies {change.Kind} but is not indexed under it");
        }
    }

    [TestCaseSource(nameof(RuleIds))]
    public void Compare_RuleFixtureReversed_ClassifiesEveryChange(string id)
    {
        Assert.DoesNotThrow(() => SpecDiff.Compare(SpecLoader.Load(Fixture(id, "revision")), SpecLoader.Load(Fixture(id, "base")), today: Today));
    }

    [Test]
    public void Classify_ChangeNoRuleCovers_IsAnInternalErrorNamingIt()
    {
        // A property added to the operation itself: no rule speaks of properties outside a schema.
        var change = new Change(ChangeKind.PropertyAdded, Area.Operation, "GET /x", "$.a", "#/paths/~1x/get");

        var ex = Assert.Throws<UnclassifiedChangeException>(() => RuleCatalogue.Classify(change, new RuleContext(Today)));

        Assert.That(ex!.Message, Does.Contain("PropertyAdded").And.Contain("GET /x $.a").And.Contain("#/paths/~1x/get"));
    }

    [Test]
    public void For_EveryKindTheComparerReports_HasAtLeastOneRule()
    {
        var unindexed = Enum.GetValues<ChangeKind>().Where(k => RuleCatalogue.For(k).Count == 0);

        Assert.That(unindexed, Is.Empty);
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("(?:new|Bound|Root|Keyword)\\(\"([a-z-]+)\", Level\\.")]
    private static partial Regex Declaration();

    [GeneratedRegex("{[a-z]+}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^([a-z-]+)_(base|revision)\\.yaml$")]
    private static partial Regex FixtureName();
}
