using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>An accepted breaking change: reported, but it does not fail the gate (until it expires).</summary>
public sealed record Allowance(string Rule, string? Operation, string? Path, string Reason, DateOnly? Expires)
{
    /// <summary>The finding is of this rule, or of a rule split from it (<see cref="Diff.Rule.Family"/>, at any depth), and where the entry says.</summary>
    public bool Covers(Finding finding) =>
        DiffConfig.InFamily(finding.RuleId, Rule)
        && (Operation is null || string.Equals(Operation, finding.Operation, StringComparison.Ordinal))
        && (Path is null || string.Equals(Path, finding.JsonPath, StringComparison.Ordinal));
}

/// <summary>
/// Gate configuration (YAML or JSON):
/// <code>
/// levels:                      # override the catalogue's level of a rule
///   response-property-enum-value-added: ERR
/// allow:                       # accepted breaking changes
///   - rule: response-optional-property-removed
///     operation: GET /api/atlas/v2/orgs/{orgId}/invites   # optional
///     path: 200 application/vnd.atlas.2023-01-01+json $[*].teamIds   # optional
///     reason: nobody reads teamIds (ticket 123)
///     expires: 2027-01-31      # optional
/// </code>
/// </summary>
public sealed class DiffConfig
{
    public static DiffConfig Empty { get; } = new(new Dictionary<string, Level>(), []);

    public DiffConfig(IReadOnlyDictionary<string, Level> levels, IReadOnlyList<Allowance> allow)
        : this(levels, allow, [])
    {
    }

    public DiffConfig(IReadOnlyDictionary<string, Level> levels, IReadOnlyList<Allowance> allow, IReadOnlyList<string> notices)
    {
        Levels = levels;
        Allow = allow;
        Notices = notices;
    }

    /// <summary>The levels as written (old ids mapped to the new): a family rule here also sets its split rules (<see cref="LevelOf"/>).</summary>
    public IReadOnlyDictionary<string, Level> Levels { get; }

    /// <summary>
    /// The level in force for a rule: its own entry in <see cref="Levels"/>, else that of the nearest family it was
    /// split from (request-body-max-length-decreased → request-property-max-length-decreased →
    /// request-property-constraint-tightened), else the catalogue's.
    /// </summary>
    public Level LevelOf(Rule rule) => Levels.Count == 0 ? rule.Level : LevelIn(Levels, rule.Id) ?? rule.Level;

    /// <summary>
    /// The level <paramref name="levels"/> sets for <paramref name="id"/>: its own entry, else that of its nearest
    /// family; null when neither is there. The policy diff compares levels the same way the diff applies them.
    /// </summary>
    public static Level? LevelIn(IReadOnlyDictionary<string, Level> levels, string id)
    {
        for (string? at = id; at is not null; at = RuleCatalogue.Find(at)?.Family)
        {
            if (levels.TryGetValue(at, out var level))
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="family"/> or was split from it, at any depth.</summary>
    internal static bool InFamily(string id, string family)
    {
        for (string? at = id; at is not null; at = RuleCatalogue.Find(at)?.Family)
        {
            if (at == family)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<Allowance> Allow { get; }

    /// <summary>One line per old rule id the configuration still uses, naming the id it now stands for.</summary>
    public IReadOnlyList<string> Notices { get; }

    public static DiffConfig Load(string path)
    {
        var document = SpecLoader.Load(path);
        return From(document.Root, path);
    }

    public static DiffConfig From(JsonObject root, string source)
    {
        foreach (var key in root.Select(p => p.Key).Where(k => k is not "levels" and not "allow"))
        {
            throw new SpecLoadException(source, $"unknown key '{key}' (expected 'levels' and 'allow')");
        }

        var notices = new List<string>();
        var levels = new Dictionary<string, Level>(StringComparer.Ordinal);
        foreach (var (written, value) in root["levels"] as JsonObject ?? [])
        {
            var ids = RuleIds(written, source, "levels", notices);
            if (!Diff.Levels.TryParse(value?.ToString(), out var level))
            {
                throw new SpecLoadException(source, $"levels.{written}: '{value}' is not ERR, WARN or INFO");
            }

            foreach (var id in ids)
            {
                levels[id] = level;
            }
        }

        var allow = new List<Allowance>();
        var index = 0;
        foreach (var item in root["allow"] as JsonArray ?? [])
        {
            var at = $"allow[{index++}]";
            if (item is not JsonObject entry)
            {
                throw new SpecLoadException(source, $"{at}: expected a mapping with rule and reason");
            }

            var rules = RuleIds(entry["rule"]?.ToString() ?? throw new SpecLoadException(source, $"{at}: 'rule' is missing"), source, at, notices);
            var reason = entry["reason"]?.ToString();
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new SpecLoadException(source, $"{at}: 'reason' is missing: say why this breaking change is accepted");
            }

            DateOnly? expires = null;
            if (entry["expires"] is { } e)
            {
                expires = DateOnly.TryParseExact(e.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new SpecLoadException(source, $"{at}.expires: '{e}' is not a yyyy-MM-dd date");
            }

            foreach (var id in rules)
            {
                allow.Add(new Allowance(id, entry["operation"]?.ToString(), entry["path"]?.ToString(), reason, expires));
            }
        }

        return new DiffConfig(levels, allow, notices);
    }

    /// <summary>The catalogue ids a configuration names: itself, or the new id(s) of an old one (with a notice).</summary>
    private static IReadOnlyList<string> RuleIds(string id, string source, string where, List<string> notices)
    {
        if (RuleCatalogue.Find(id) is not null)
        {
            return [id];
        }

        if (RuleCatalogue.Aliases.TryGetValue(id, out var renamed))
        {
            notices.Add($"{source}: {where}: rule id '{id}' is now {string.Join(" and ", renamed.Select(r => $"'{r}'"))} (oasdiff's id{(renamed.Count > 1 ? "s" : string.Empty)}); the old id still works, rename it when convenient");
            return renamed;
        }

        if (RuleCatalogue.NotReported.TryGetValue(id, out var reason))
        {
            notices.Add($"{source}: {where}: '{id}' is an oasdiff rule this gate does not report ({reason}); the entry has no effect");
            return [];
        }

        throw new SpecLoadException(source, $"{where}: unknown rule id '{id}'");
    }
}
