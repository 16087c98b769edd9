namespace AtlasContract.Spec.Diff.Rules;

/// <summary>
/// One breaking-change rule: a stable id and the changes it covers. The level lives in the
/// <see cref="RuleCatalogue"/>, the message in <see cref="Messages"/>.
/// </summary>
public interface IRule
{
    /// <summary>Stable kebab-case id (used in reports, level overrides and allow-lists).</summary>
    string Id { get; }

    bool Matches(Change change, RuleContext context);
}
