namespace AtlasContract.Spec.Diff;

/// <summary>
/// One underlying change and every finding it caused: the same rule at the same place (the shared schema and
/// the path inside it, or, for a change that belongs to operations themselves, the same message), once per
/// affected operation and status. A change in a shared schema that is a body in some operations and a property in
/// others is one group (request-body-enum-value-removed with request-property-enum-value-removed).
/// </summary>
public sealed class FindingGroup
{
    private FindingGroup(IReadOnlyList<Finding> findings)
    {
        Findings = findings;
        var first = findings[0];
        var oneLocation = findings.All(f => f.Location == first.Location);
        WhereIsSentence = first.Origin is null && !oneLocation && !ByPath(first);
        Where = first.Origin ?? (oneLocation ? first.Location : WhereIsSentence ? Place(first) : first.JsonPath);
        Operations = findings.Select(f => f.Operation).Distinct(StringComparer.Ordinal).ToList();
        Values = findings.Select(f => f.Before is null ? f.After : f.After is null ? f.Before : $"{f.Before} → {f.After}")
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    public Finding First => Findings[0];

    public string RuleId => First.RuleId;

    public Level Level => First.Level;

    public string? AllowedBecause => First.AllowedBecause;

    /// <summary>Where the change lies: the shared schema and path, else the spec location or payload path.</summary>
    public string Where { get; }

    /// <summary>
    /// True when <see cref="Where"/> tells the change in words ("each operation was removed …") because it has no
    /// place of its own: reports show it as a sentence, not after "at".
    /// </summary>
    public bool WhereIsSentence { get; }

    /// <summary>Every finding of the change, in report order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The affected operations, each once, in report order.</summary>
    public IReadOnlyList<string> Operations { get; }

    /// <summary>The distinct values the change involves (enum values added, "before → after"), each once.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Groups findings by underlying change: most severe first, then by rule and place.</summary>
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<Finding> findings) =>
        findings.GroupBy(Key)
            .Select(g => new FindingGroup(g.ToList()))
            .OrderByDescending(g => g.Level)
            .ThenBy(g => g.AllowedBecause is not null)
            .ThenBy(g => g.RuleId, StringComparer.Ordinal)
            .ThenBy(g => g.Where, StringComparer.Ordinal)
            .ThenBy(g => g.First.Message, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The change's place: the shared schema and path when it lies in one; else the payload or parameter path
    /// (the same inline schema repeated by several operations is one change); else, for a change of the operation
    /// itself, its message without the operation (identical findings merge).
    /// </summary>
    private static (string, Level, string, string) Key(Finding f) => (
        RuleCatalogue.Find(f.RuleId) is { BodyRoot: true, Family: { } property } ? property : f.RuleId,
        f.Level,
        f.AllowedBecause ?? string.Empty,
        f.Origin ?? (ByPath(f) ? "path " + f.JsonPath : "message " + Blank(f)));

    /// <summary>A payload or parameter path names a place ("query.eventType", "200 … $.id"); "$" and "" do not.</summary>
    private static bool ByPath(Finding f) => f.JsonPath.Length > 1;

    private static string Blank(Finding f) => f.Message.Replace(f.Operation, "{operation}", StringComparison.Ordinal);

    /// <summary>
    /// A change of several operations' own, told without naming one of them ("response 503 media type X was
    /// removed …", "each operation was removed …"): what a report shows, never a template placeholder.
    /// </summary>
    private static string Place(Finding f)
    {
        var blank = Blank(f);
        return blank.StartsWith("{operation}: ", StringComparison.Ordinal) ? blank["{operation}: ".Length..]
            : blank.StartsWith("{operation} ", StringComparison.Ordinal) ? "each operation " + blank["{operation} ".Length..]
            : blank.Replace("{operation}", "each operation", StringComparison.Ordinal);
    }
}
