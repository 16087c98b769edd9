using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>An accepted breaking change: reported, but it does not fail the gate (until it expires).</summary>
public sealed record Allowance(string Rule, string? Operation, string? Path, string Reason, DateOnly? Expires)
{
    public bool Covers(Finding finding) =>
        finding.RuleId == Rule
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

    public IReadOnlyDictionary<string, Level> Levels { get; }

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
            var id = RuleId(written, source, "levels", notices);
            if (!Diff.Levels.TryParse(value?.ToString(), out var level))
            {
                throw new SpecLoadException(source, $"levels.{id}: '{value}' is not ERR, WARN or INFO");
            }

            levels[id] = level;
        }

        // A family rule named in levels also sets the rules split from it, unless they are named themselves.
        foreach (var (id, level) in levels.ToList())
        {
            foreach (var member in Members(id))
            {
                levels.TryAdd(member, level);
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

            var rule = RuleId(entry["rule"]?.ToString() ?? throw new SpecLoadException(source, $"{at}: 'rule' is missing"), source, at, notices);
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

            foreach (var id in Members(rule).Prepend(rule))
            {
                allow.Add(new Allowance(id, entry["operation"]?.ToString(), entry["path"]?.ToString(), reason, expires));
            }
        }

        return new DiffConfig(levels, allow, notices);
    }

    /// <summary>The rules split from a family rule under oasdiff's finer ids (none for most rules).</summary>
    private static IEnumerable<string> Members(string family) => RuleCatalogue.All.Where(r => r.Family == family).Select(r => r.Id);

    /// <summary>The catalogue id a configuration names: itself, or the new id of an old one (with a notice).</summary>
    private static string RuleId(string id, string source, string where, List<string> notices)
    {
        if (RuleCatalogue.Find(id) is not null)
        {
            return id;
        }

        if (RuleCatalogue.Aliases.TryGetValue(id, out var renamed))
        {
            notices.Add($"{source}: {where}: rule id '{id}' is now '{renamed}' (oasdiff's id); the old id still works, rename it when convenient");
            return renamed;
        }

        throw new SpecLoadException(source, $"{where}: unknown rule id '{id}'");
    }
}
