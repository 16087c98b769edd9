using System.Text;
using AtlasContract.Spec.Diff;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>
/// The README's table of deliberate level differences from oasdiff is generated from the catalogue (each rule's
/// <see cref="Rule.Differs"/>): this test fails when the two drift. Set ATLAS_UPDATE_README=1 to rewrite the table.
/// </summary>
public class ReadmeRuleTableTests
{
    private const string Start = "<!-- rule-level-differences: generated from RuleCatalogue by ReadmeRuleTableTests; do not edit -->";
    private const string End = "<!-- /rule-level-differences -->";

    private static string Table()
    {
        var table = new StringBuilder();
        table.Append("| Rule | Level here | oasdiff | Why |\n| --- | --- | --- | --- |\n");
        foreach (var rule in RuleCatalogue.All.Where(r => r.Differs is not null).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var theirs = rule.OasdiffLevel is { } level ? level.Name() : "not reported";
            table.Append($"| `{rule.Id}` | {rule.Level.Name()} | {theirs} | {rule.Differs} |\n");
        }

        return table.ToString();
    }

    [Test]
    public void Readme_LevelDifferencesTable_IsTheOneTheCatalogueGenerates()
    {
        var path = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(path);
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThanOrEqualTo(0).And.LessThan(to), $"README.md lacks the markers {Start} … {End}");
        var current = readme[(from + Start.Length + 1)..to];

        if (Environment.GetEnvironmentVariable("ATLAS_UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..(from + Start.Length + 1)] + Table() + readme[to..]);
            return;
        }

        Assert.That(current, Is.EqualTo(Table()), "README.md's table of level differences is stale: run the tests with ATLAS_UPDATE_README=1");
    }

    [Test]
    public void Differs_IsSetExactlyWhereTheLevelDiffersOrOasdiffIsSilent()
    {
        var wrong = RuleCatalogue.All.Where(r => r.Differs is not null && r.OasdiffLevel == r.Level).Select(r => r.Id);

        Assert.That(wrong, Is.Empty, "a rule that agrees with oasdiff carries a difference");
    }
}
