using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Gate.Policy;

namespace AtlasContract.Cli.Reports;

/// <summary>What a rule id means, for SARIF rule metadata: the diff catalogue's rules and the policy rules.</summary>
internal static class RuleDescriptions
{
    public static string Describe(string id) =>
        PolicyRules.All.FirstOrDefault(r => r.Id == id)?.Description
        ?? id.Replace('-', ' ');

    public static JsonObject Properties(string id) => RuleCatalogue.Find(id) is { } rule
        ? new JsonObject { ["level"] = rule.Level.Name(), ["direction"] = rule.Direction.ToString().ToLowerInvariant(), ["kind"] = rule.Kind.ToString().ToLowerInvariant() }
        : PolicyRules.All.FirstOrDefault(r => r.Id == id) is { } policy
            ? new JsonObject { ["level"] = policy.Level.Name(), ["kind"] = "policy", ["weakens"] = policy.Weakens }
            : new JsonObject();
}
