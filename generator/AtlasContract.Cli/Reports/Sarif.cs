using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;

namespace AtlasContract.Cli.Reports;

/// <summary>SARIF 2.1.0 (code-scanning dashboards): one result per finding, at the fragment's line, with the rule id.</summary>
internal static class Sarif
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(IReadOnlyList<LocatedFinding> findings, Level failOn)
    {
        var rules = findings.Select(f => f.Finding.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var driver = new JsonObject
        {
            ["name"] = "atlas-contract",
            ["version"] = typeof(Sarif).Assembly.GetName().Version!.ToString(3),
            ["rules"] = new JsonArray(rules.Select(id => (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["shortDescription"] = new JsonObject { ["text"] = RuleDescriptions.Describe(id) },
                ["properties"] = RuleDescriptions.Properties(id),
            }).ToArray()),
        };
        var results = findings.Select(f => (JsonNode)new JsonObject
        {
            ["ruleId"] = f.Finding.RuleId,
            ["ruleIndex"] = rules.IndexOf(f.Finding.RuleId),
            ["level"] = f.Finding.AcceptedBecause is null ? Level(f.Finding.Level, failOn) : "note",
            ["message"] = new JsonObject { ["text"] = f.Finding.Message + (f.Finding.AcceptedBecause is null ? string.Empty : $" (allowed: {f.Finding.AcceptedBecause})") },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = f.File },
                    ["region"] = new JsonObject { ["startLine"] = f.Line },
                },
                ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = $"{f.Finding.Operation} {f.Finding.JsonPath}".Trim() is { Length: > 0 } name ? name : f.Finding.RuleId }),
            }),
        }).ToArray();
        var log = new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject { ["tool"] = new JsonObject { ["driver"] = driver }, ["results"] = new JsonArray(results) }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Level(Level level, Level failOn) => level >= failOn ? "error" : level == Spec.Diff.Level.Info ? "note" : "warning";
}
