using AtlasContract.Spec.Diff.Rules;

namespace AtlasContract.Spec.Diff;

/// <summary>
/// Every rule of the gate, declared once each in <c>Rules/</c> (one file per area). Levels follow oasdiff's
/// catalogue for the same ids, except response-optional-property-removed (ERR here, WARN there) and api-security-scope-added (ERR here, INFO there): see
/// the rules.
/// A change no rule covers is reported as <see cref="Unclassified"/> (WARN), never dropped; a test keeps the
/// fixtures free of it.
/// </summary>
public static class RuleCatalogue
{
    public const string Unclassified = "unclassified-change";

    /// <summary>The catch-all for a change no rule covers: reported, never dropped.</summary>
    public static Rule UnclassifiedRule { get; } = new(Unclassified, Level.Warn, Direction.None, RuleKind.Structure,
        "{operation} {path}: a change no rule classifies ({before} → {after}).", (_, _) => false);

    public static IReadOnlyList<Rule> All { get; } =
    [
        .. OperationRules.All,
        .. ParameterRules.All,
        .. RequestRules.All,
        .. ResponseRules.All,
        .. HeaderRules.All,
        .. SecurityRules.All,
    ];

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public static Rule? Find(string id) => ById.GetValueOrDefault(id);
}
