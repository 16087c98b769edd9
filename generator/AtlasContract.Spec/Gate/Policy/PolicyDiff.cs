using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Gate.Policy;

/// <summary>
/// Every difference between the baseline's manifest (in force) and the work tree's (proposed), as findings of
/// <see cref="PolicyRules"/>, each pointing at the manifest entry it is about. Contracts are matched by name.
/// </summary>
public static class PolicyDiff
{
    public static IReadOnlyList<GateFinding> Compare(ContractManifest baseline, ContractManifest working)
    {
        var findings = new List<GateFinding>();
        findings.AddRange(Allow(baseline.Diff.Allow, working.Diff.Allow));
        findings.AddRange(Levels(baseline.Diff.Levels, working.Diff.Levels));
        findings.AddRange(Contracts(baseline, working));
        findings.AddRange(Compat(baseline, working));
        if (working.SunsetWarnDays != baseline.SunsetWarnDays)
        {
            var rule = working.SunsetWarnDays < baseline.SunsetWarnDays ? PolicyRules.WarnDaysLowered : PolicyRules.WarnDaysRaised;
            findings.Add(rule.Finding($"sunset.warnDays {baseline.SunsetWarnDays} -> {working.SunsetWarnDays}", "#/sunset/warnDays"));
        }

        return findings;
    }

    /// <summary>The allow entries: each of the work tree's must be covered by one of the baseline's.</summary>
    public static IEnumerable<GateFinding> Allow(IReadOnlyList<Allowance> baseline, IReadOnlyList<Allowance> working)
    {
        for (var i = 0; i < working.Count; i++)
        {
            var entry = working[i];
            if (baseline.Any(b => Covers(b, entry)))
            {
                continue;
            }

            var pointer = $"#/allow/{i}";
            var same = baseline.FirstOrDefault(b => b.Rule == entry.Rule && b.Operation == entry.Operation && b.Path == entry.Path);
            if (same is not null)
            {
                yield return PolicyRules.AllowExpiryExtended.Finding($"allow {Describe(entry)}: expires {Date(same.Expires)} on the baseline, {Date(entry.Expires)} here", pointer);
            }
            else if (baseline.FirstOrDefault(b => b.Rule == entry.Rule && Within(b, entry)) is { } narrower)
            {
                yield return PolicyRules.AllowWidened.Finding($"allow {Describe(entry)}: widened from {Describe(narrower)}", pointer);
            }
            else
            {
                yield return PolicyRules.AllowAdded.Finding($"allow {Describe(entry)} added (reason: {entry.Reason})", pointer);
            }
        }

        foreach (var gone in baseline.Where(b => !working.Any(w => Covers(w, b))))
        {
            yield return PolicyRules.AllowRemoved.Finding($"allow {Describe(gone)} removed or narrowed", "#/allow");
        }
    }

    private static IEnumerable<GateFinding> Levels(IReadOnlyDictionary<string, Level> baseline, IReadOnlyDictionary<string, Level> working)
    {
        foreach (var id in baseline.Keys.Union(working.Keys).Order(StringComparer.Ordinal))
        {
            var before = Effective(baseline, id);
            var after = Effective(working, id);
            if (before is null || after is null || before == after)
            {
                continue;
            }

            var rule = after < before ? PolicyRules.LevelLowered : PolicyRules.LevelRaised;
            yield return rule.Finding($"levels.{id}: {before.Value.Name()} on the baseline, {after.Value.Name()} here", "#/levels/" + id);
        }
    }

    /// <summary>The level in force for <paramref name="id"/>, found as the diff finds it (own entry, then its families, then the catalogue).</summary>
    private static Level? Effective(IReadOnlyDictionary<string, Level> levels, string id) =>
        DiffConfig.LevelIn(levels, id) ?? RuleCatalogue.Find(id)?.Level;

    private static IEnumerable<GateFinding> Contracts(ContractManifest baseline, ContractManifest working)
    {
        foreach (var before in baseline.Contracts)
        {
            var index = IndexOf(working.Contracts, c => c.Name == before.Name);
            if (index < 0)
            {
                var operations = before.Upstream?.Operations is { Count: > 0 } ops ? $"operations {string.Join(", ", ops)}; " : string.Empty;
                var pacts = before.Pacts.Count > 0 ? $"pacts {string.Join(", ", before.Pacts)} no longer verified" : "no pacts";
                yield return PolicyRules.ContractRemoved.Finding($"contract {before.Name} ({before.Fragment}) removed: {operations}{pacts}", "#/contracts");
                continue;
            }

            var after = working.Contracts[index];
            var at = $"#/contracts/{index}";
            if (after.Fragment.Relative != before.Fragment.Relative)
            {
                yield return PolicyRules.FragmentMoved.Finding($"contract {before.Name}: fragment {before.Fragment} -> {after.Fragment}", at + "/fragment");
            }

            foreach (var pact in before.Pacts.Where(p => after.Pacts.All(a => a.Relative != p.Relative)))
            {
                yield return PolicyRules.PactRemoved.Finding($"contract {before.Name}: pact {pact} is no longer declared, so no longer verified", at + "/pacts");
            }

            foreach (var pact in after.Pacts.Where(p => before.Pacts.All(b => b.Relative != p.Relative)))
            {
                yield return PolicyRules.PactAdded.Finding($"contract {after.Name}: pact {pact} added", at + "/pacts");
            }

            if (before.Codegen is not null && after.Codegen is null)
            {
                yield return PolicyRules.CodegenRemoved.Finding($"contract {before.Name}: codegen removed ({before.Codegen.Output} is no longer checked)", at);
            }

            foreach (var operation in (before.Upstream?.Operations ?? []).Except(after.Upstream?.Operations ?? [], StringComparer.Ordinal))
            {
                yield return PolicyRules.UpstreamRemoved.Finding($"contract {before.Name}: upstream operation {operation} removed", at + "/upstream/operations");
            }

            if (before.Upstream?.Spec is { } spec && after.Upstream?.Spec is null)
            {
                yield return PolicyRules.UpstreamRemoved.Finding($"contract {before.Name}: upstream.spec {spec} removed (the upstream check no longer runs)", at + "/upstream");
            }
        }

        for (var i = 0; i < working.Contracts.Count; i++)
        {
            if (baseline.Contracts.All(c => c.Name != working.Contracts[i].Name))
            {
                yield return PolicyRules.ContractAdded.Finding($"contract {working.Contracts[i].Name} ({working.Contracts[i].Fragment}) added", $"#/contracts/{i}");
            }
        }
    }

    /// <summary>
    /// Compat pairs, matched by what they compare (old and new contract, operations, status: several pairs may join
    /// the same two contracts); a pair whose mapping differs is changed, one no longer declared is removed.
    /// </summary>
    private static IEnumerable<GateFinding> Compat(ContractManifest baseline, ContractManifest working)
    {
        foreach (var before in baseline.Compat)
        {
            var index = IndexOf(working.Compat, c => Key(c) == Key(before));
            if (index < 0)
            {
                yield return PolicyRules.CompatRemoved.Finding($"compat {Describe(before)} removed", "#/compat");
            }
            else if (!JsonNode.DeepEquals(working.Compat[index].Mapping, before.Mapping))
            {
                yield return PolicyRules.CompatChanged.Finding($"compat {Describe(before)}: mapping changed", $"#/compat/{index}");
            }
        }

        for (var i = 0; i < working.Compat.Count; i++)
        {
            var pair = working.Compat[i];
            if (!baseline.Compat.Any(c => Key(c) == Key(pair)))
            {
                yield return PolicyRules.CompatAdded.Finding($"compat {Describe(pair)} added", $"#/compat/{i}");
            }
        }
    }

    private static (string, string, string?, string?, string?) Key(CompatPair pair) => (pair.Old, pair.New, pair.OldOperation, pair.NewOperation, pair.Status);

    /// <summary>"old -> new", with the operations when the pair names them.</summary>
    public static string Describe(CompatPair pair) =>
        $"{pair.Old} -> {pair.New}" + (pair.OldOperation is null && pair.NewOperation is null ? string.Empty : $" ({pair.OldOperation ?? "*"} -> {pair.NewOperation ?? "*"})")
        + (pair.Status is null ? string.Empty : $" status {pair.Status}");

    /// <summary>True when every finding <paramref name="entry"/> accepts, <paramref name="by"/> accepts too, for at least as long.</summary>
    private static bool Covers(Allowance by, Allowance entry) =>
        by.Rule == entry.Rule && Scope(by, entry) && (by.Expires is null || (entry.Expires is { } e && e <= by.Expires));

    /// <summary><paramref name="by"/>'s scope holds <paramref name="entry"/>'s (a null operation or path is any).</summary>
    private static bool Scope(Allowance by, Allowance entry) =>
        (by.Operation is null || by.Operation == entry.Operation) && (by.Path is null || by.Path == entry.Path);

    /// <summary>True when <paramref name="entry"/> is strictly wider than <paramref name="narrower"/>.</summary>
    private static bool Within(Allowance narrower, Allowance entry) => Scope(entry, narrower) && !Scope(narrower, entry);

    private static string Describe(Allowance a) =>
        a.Rule + (a.Operation is null ? " (any operation)" : $" {a.Operation}") + (a.Path is null ? string.Empty : $" at {a.Path}");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "never";

    private static int IndexOf<T>(IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
