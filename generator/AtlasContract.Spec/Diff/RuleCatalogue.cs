using AtlasContract.Spec.Diff.Rules;

namespace AtlasContract.Spec.Diff;

/// <summary>
/// Every rule of the gate, declared once each in <c>Rules/</c> (one file per area), indexed by the kind of raw
/// change each classifies (<see cref="Rule.On"/>). Ids are oasdiff's where the meaning is the same; a rule whose
/// level deliberately differs from oasdiff's says why (<see cref="Rule.Differs"/>).
/// Of the rules indexed under a change's kind exactly one classifies it: none, or more than one, is an internal
/// error naming the change (<see cref="UnclassifiedChangeException"/>), never a silent drop or a first-match guess.
/// </summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        .. OperationRules.All,
        .. ParameterRules.All,
        .. ParameterPropertyRules.All,
        .. BodyRules.LeaveRoot(RequestRules.All),
        .. BodyRules.LeaveRoot(ResponseRules.All),
        .. BodyRules.All,
        .. HeaderRules.All,
        .. SecurityRules.All,
        .. DocumentRules.All,
        .. BoundRules.All,
        .. KeywordRules.All,
        .. PropertyLifecycleRules.All,
    ];

    /// <summary>Ids this catalogue used before it took oasdiff's (each to the one or more ids that replace it): still accepted in <c>levels</c> and <c>allow</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; } = RuleAliases.OldToNew;

    /// <summary>oasdiff's rule ids that deliberately have no rule here, each with the reason (no client feels the change, or another rule reports it).</summary>
    public static IReadOnlyDictionary<string, string> NotReported { get; } = Diff.NotReported.Reasons;

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(e => e.Id, StringComparer.Ordinal);

    private static readonly Dictionary<ChangeKind, Rule[]> ByKind = All
        .SelectMany(r => r.On.Distinct().Select(k => (Kind: k, Rule: r)))
        .GroupBy(p => p.Kind)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Rule).ToArray());

    public static Rule? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The rules indexed under a kind of change (empty when none is).</summary>
    public static IReadOnlyList<Rule> For(ChangeKind kind) => ByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>The one rule that classifies the change.</summary>
    /// <exception cref="UnclassifiedChangeException">No rule, or more than one, classifies it.</exception>
    public static Rule Classify(Change change, RuleContext context)
    {
        Rule? found = null;
        foreach (var rule in For(change.Kind))
        {
            if (!rule.Matches(change, context))
            {
                continue;
            }

            if (found is not null)
            {
                throw new UnclassifiedChangeException(change, [found.Id, rule.Id]);
            }

            found = rule;
        }

        return found ?? throw new UnclassifiedChangeException(change, []);
    }
}

/// <summary>An internal error: a raw change that no rule, or more than one rule, classifies. It names the change.</summary>
public sealed class UnclassifiedChangeException(Change change, IReadOnlyList<string> rules)
    : InvalidOperationException(rules.Count == 0
        ? $"internal error: no rule classifies the change {change.Kind} ({change.Area}) at {change.Operation} {change.JsonPath} ({change.Before ?? "none"} → {change.After ?? "none"}), {change.Location}"
        : $"internal error: rules {string.Join(" and ", rules)} both classify the change {change.Kind} ({change.Area}) at {change.Operation} {change.JsonPath}, {change.Location}")
{
    public Change Change { get; } = change;
}
