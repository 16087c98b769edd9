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
        Assert.That(ids, Has.None.EqualTo(RuleCatalogue.Unclassified));
    }

    [Test]
    public void All_Rules_HaveTheirOwnMessage()
    {
        var fallback = Messages.Template(RuleCatalogue.Unclassified);

        Assert.That(RuleIds.Where(id => Messages.Template(id) == fallback), Is.Empty);
    }

    [Test]
    public void All_Rules_LiveInTheirOwnFileNamedAfterTheId()
    {
        var ruleFolder = Path.Combine(AtlasContract.Tests.Shared.RepoPaths.Root, "generator", "AtlasContract.Spec", "Diff", "Rules");
        foreach (var entry in RuleCatalogue.All)
        {
            var file = Path.Combine(ruleFolder, entry.Rule.GetType().Name + ".cs");
            Assert.That(File.Exists(file), Is.True, file);
            Assert.That(File.ReadAllText(file), Does.Contain($"\"{entry.Id}\""), file);
        }
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
            var matching = RuleCatalogue.All.Where(e => e.Rule.Matches(change, context)).Select(e => e.Id).ToList();
            Assert.That(matching, Has.Count.EqualTo(1), $"{change} matched [{string.Join(", ", matching)}]");
        }
    }

    [TestCaseSource(nameof(RuleIds))]
    public void Compare_RuleFixtureReversed_NeverCrashesOrIsUnclassified(string id)
    {
        var report = SpecDiff.Compare(SpecLoader.Load(Fixture(id, "revision")), SpecLoader.Load(Fixture(id, "base")), today: Today);

        Assert.That(report.Findings.Select(f => f.RuleId), Has.None.EqualTo(RuleCatalogue.Unclassified));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
