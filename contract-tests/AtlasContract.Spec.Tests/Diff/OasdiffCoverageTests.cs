using System.Text;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Diff;

/// <summary>
/// Every oasdiff rule id (listed in oasdiff-ids.txt beside this file) is a rule here, an old id kept as an alias, or
/// deliberately not reported with its reason (<see cref="RuleCatalogue.NotReported"/>): a new oasdiff id, or a rule
/// dropped here, fails until it is decided. The README's list of ids not reported is generated from the catalogue;
/// set ATLAS_UPDATE_README=1 to rewrite it.
/// </summary>
public class OasdiffCoverageTests
{
    private const string Start = "<!-- oasdiff-not-reported: generated from RuleCatalogue.NotReported by OasdiffCoverageTests; do not edit -->";
    private const string End = "<!-- /oasdiff-not-reported -->";

    /// <summary>oasdiff's ids with their default level (null for the two its messages name without a rule).</summary>
    private static Dictionary<string, Level?> Oasdiff() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, "contract-tests", "AtlasContract.Spec.Tests", "Diff", "oasdiff-ids.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => Levels.TryParse(p[1], out var level) ? level : (Level?)null, StringComparer.Ordinal);

    private static List<string> OasdiffIds() => [.. Oasdiff().Keys];

    [Test]
    public void OasdiffIds_ARuleHereHasOasdiffsLevelOrSaysWhyNot()
    {
        var wrong = Oasdiff()
            .Where(p => p.Value is not null && RuleCatalogue.Find(p.Key) is { } rule && rule.Level != p.Value && (rule.Differs is null || rule.OasdiffLevel != p.Value))
            .Select(p => $"{p.Key}: {RuleCatalogue.Find(p.Key)!.Level.Name()} here, {p.Value!.Value.Name()} in oasdiff");

        Assert.That(wrong, Is.Empty, "set oasdiff's level, or Differs with the reason and OasdiffLevel");
    }

    [Test]
    public void OasdiffIds_EachIsARuleAnAliasOrNotReportedWithAReason()
    {
        var undecided = OasdiffIds().Where(id => RuleCatalogue.Find(id) is null && !RuleCatalogue.Aliases.ContainsKey(id) && !RuleCatalogue.NotReported.ContainsKey(id));

        Assert.That(undecided, Is.Empty, "an oasdiff id with no rule here: add the rule, or say in NotReported why no client feels it");
    }

    [Test]
    public void NotReported_EachIsAnOasdiffIdWithoutARule()
    {
        var ids = OasdiffIds().ToHashSet(StringComparer.Ordinal);

        Assert.That(RuleCatalogue.NotReported.Keys.Where(id => !ids.Contains(id)), Is.Empty, "not an oasdiff id");
        Assert.That(RuleCatalogue.NotReported.Keys.Where(id => RuleCatalogue.Find(id) is not null || RuleCatalogue.Aliases.ContainsKey(id)), Is.Empty, "has a rule here: remove it from NotReported");
        Assert.That(RuleCatalogue.NotReported.Values, Has.All.Length.GreaterThan(20), "a reason, not a placeholder");
    }

    [Test]
    public void From_ConfigNamingAnIdNotReported_IsAcceptedWithANoticeAndNoEffect()
    {
        var config = DiffConfig.From(JsonNode.Parse("""{"levels":{"api-schema-removed":"ERR"},"allow":[{"rule":"request-body-all-of-added","reason":"migrating"}]}""")!.AsObject(), "gate.json");

        Assert.That(config.Allow, Is.Empty);
        Assert.That(config.Notices, Has.Count.EqualTo(2));
        Assert.That(config.Notices[0], Does.StartWith("gate.json: levels: 'api-schema-removed' is an oasdiff rule this gate does not report (").And.EndWith("); the entry has no effect"));
    }

    private static string List()
    {
        var list = new StringBuilder();
        list.Append("| oasdiff ids | Why no rule here |\n| --- | --- |\n");
        foreach (var group in RuleCatalogue.NotReported.GroupBy(p => p.Value).OrderBy(g => g.Min(p => p.Key), StringComparer.Ordinal))
        {
            list.Append($"| {string.Join(", ", group.Select(p => p.Key).Order(StringComparer.Ordinal).Select(id => $"`{id}`"))} | {group.Key} |\n");
        }

        return list.ToString();
    }

    [Test]
    public void Readme_NotReportedList_IsTheOneTheCatalogueGenerates()
    {
        var path = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(path);
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThanOrEqualTo(0).And.LessThan(to), $"README.md lacks the markers {Start} … {End}");

        if (Environment.GetEnvironmentVariable("ATLAS_UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..(from + Start.Length + 1)] + List() + readme[to..]);
            return;
        }

        Assert.That(readme[(from + Start.Length + 1)..to], Is.EqualTo(List()), "README.md's list of oasdiff ids not reported is stale: run the tests with ATLAS_UPDATE_README=1");
    }
}
