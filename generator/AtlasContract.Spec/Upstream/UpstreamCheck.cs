using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Spec.Upstream;

/// <summary>One upstream finding with its verdict for this consumer.</summary>
public sealed record UpstreamFinding(string Contract, Finding Finding, Level Verdict, string Why)
{
    public bool Fails => Verdict == Level.Err && Finding.AllowedBecause is null;

    public override string ToString() =>
        $"{Verdict.Name(),-4} {Finding.RuleId}: {Finding.Message} [{Why}{(Finding.AllowedBecause is null ? string.Empty : "; allowed: " + Finding.AllowedBecause)}]";
}

public sealed record UpstreamResult(string Contract, string Fragment, IReadOnlyList<string> Notes, IReadOnlyList<UpstreamFinding> Findings)
{
    public bool Fails => Findings.Any(f => f.Fails);
}

/// <summary>
/// Re-slices every declared upstream operation from a full spec, diffs it with the committed fragment's
/// operation, and judges each finding by what the committed pacts use: a break in an operation, status,
/// media type, header or body path the pacts exercise is ERR whatever the catalogue says (removing a
/// deprecated operation that is still called included); changes nothing uses are INFO.
/// An operation is found by its operationId, else by method and path (parameter names ignored), so a
/// renamed operationId (listOrganizationInvitations in 2025-03-18) is matched and reported as INFO.
/// </summary>
/// <summary>A contract's fragment, and a pact's interactions (null when the file is missing).</summary>
public sealed record ContractSources(Func<ContractEntry, SpecDocument> Fragment, Func<RepoFile, IReadOnlyList<PactInteraction>?> Pact)
{
    public static ContractSources FromDisk { get; } = new(
        c => SpecLoader.Load(c.Fragment.Full),
        p => File.Exists(p.Full) ? PactFile.Load(p.Full).Interactions : null);
}

public static class UpstreamCheck
{
    /// <param name="manifest">The contracts and their pacts.</param>
    /// <param name="full">The full spec MongoDB publishes.</param>
    /// <param name="today">The date sunsets are judged on (time is an input).</param>
    /// <param name="policy">The levels and allow entries in force (default: the manifest's).</param>
    /// <param name="only">Which contracts to check (default: every one that names upstream operations).</param>
    /// <param name="sources">Where fragments and pacts come from (default: read from disk; the gate passes the ones it loaded).</param>
    public static IReadOnlyList<UpstreamResult> Run(ContractManifest manifest, SpecDocument full, DateOnly today, DiffConfig? policy = null, Func<ContractEntry, bool>? only = null, ContractSources? sources = null)
    {
        sources ??= ContractSources.FromDisk;
        var results = new List<UpstreamResult>();
        foreach (var contract in manifest.Contracts.Where(c => c.Upstream is { Operations.Count: > 0 } && (only is null || only(c))))
        {
            var fragment = sources.Fragment(contract);
            var usage = ConsumerUsage.FromInteractions(fragment, contract.Pacts.Select(sources.Pact).OfType<IReadOnlyList<PactInteraction>>());
            var notes = new List<string>();
            var findings = new List<UpstreamFinding>();
            foreach (var id in contract.Upstream!.Operations)
            {
                var committed = SpecSlicer.Find(fragment, id)
                    ?? throw new SpecLoadException(manifest.Path, $"{contract.Name}: upstream.operations: '{id}' is not an operation of {contract.Fragment.Relative}");
                var display = $"{committed.Method.ToUpperInvariant()} {committed.Path}";
                var upstreamId = SpecSlicer.Find(full, id) is not null ? id : FindByMethodAndPath(full, committed.Method, committed.Path);
                if (upstreamId is null)
                {
                    var used = usage.Operations.ContainsKey(display);
                    var removed = new Finding("api-removed-without-deprecation", Level.Err, display, string.Empty, $"/paths/{JsonPointer.Escape(committed.Path)}/{committed.Method}", $"{display} ({id}) is not in {full.Source}, by operationId or by method and path.");
                    findings.Add(new UpstreamFinding(contract.Name, removed, used ? Level.Err : Level.Info, used ? "still called by the pacts" : "no pact calls it"));
                    continue;
                }

                if (upstreamId != id)
                {
                    notes.Add($"{display}: operationId is '{upstreamId}' upstream, '{id}' here; matched by method and path");
                }

                var report = SpecDiff.Compare(SpecSlicer.Slice(fragment, id), SpecSlicer.Slice(full, upstreamId), policy ?? manifest.Diff, today);
                findings.AddRange(report.Findings.Select(f => Judge(contract.Name, f, usage)));
            }

            results.Add(new UpstreamResult(contract.Name, contract.Fragment.Relative, notes, findings));
        }

        return results;
    }

    /// <summary>One line over every result: how many changes, how many break what the pacts use.</summary>
    public static string Summary(IReadOnlyList<UpstreamResult> results)
    {
        var findings = results.SelectMany(r => r.Findings).ToList();
        var broken = findings.Count(f => f.Fails);
        return $"{results.Count} contracts, {findings.Count} upstream changes: {broken} break what the pacts use, {findings.Count(f => f.Verdict == Level.Info)} INFO: {(broken == 0 ? "pass" : "FAIL")}";
    }

    internal static UpstreamFinding Judge(string contract, Finding finding, ConsumerUsage usage)
    {
        if (!usage.Operations.TryGetValue(finding.Operation, out var op))
        {
            return new(contract, finding, Level.Info, finding.Operation == "components" ? "document-level" : "no pact calls this operation");
        }

        var breaks = finding.Level == Level.Err || IsRemoval(RuleCatalogue.Find(finding.RuleId));
        var pointer = finding.Location;
        var rule = RuleCatalogue.Find(finding.RuleId);
        if (rule?.Direction == Direction.Request || pointer.Contains("/parameters", StringComparison.Ordinal) || pointer.Contains("/requestBody", StringComparison.Ordinal))
        {
            // What the client sends: a break here rejects every call of a used operation.
            return new(contract, finding, finding.Level, "request of an operation the pacts call");
        }

        var (status, mediaType) = Response(pointer);
        if (status is null)
        {
            return new(contract, finding, breaks ? Level.Err : finding.Level, "operation the pacts call");
        }

        if (!op.Statuses.Contains(status))
        {
            return new(contract, finding, Level.Info, $"no pact receives status {status}");
        }

        if (finding.JsonPath.StartsWith(status + " header ", StringComparison.Ordinal))
        {
            return op.Headers.Contains(status + " " + finding.JsonPath[(status.Length + 8)..].ToLowerInvariant())
                ? new(contract, finding, breaks ? Level.Err : finding.Level, "header the pacts receive")
                : new(contract, finding, Level.Info, "no pact reads this header");
        }

        if (mediaType is null)
        {
            return new(contract, finding, breaks ? Level.Err : finding.Level, $"status {status} the pacts receive");
        }

        if (!op.MediaTypes.Contains($"{status} {mediaType}"))
        {
            return new(contract, finding, Level.Info, $"no pact receives {mediaType} with {status}");
        }

        var path = finding.JsonPath;
        var used = path == "$" || !path.Contains(" $", StringComparison.Ordinal)
            || op.BodyPaths.Any(u => u == path || u.StartsWith(path + ".", StringComparison.Ordinal) || u.StartsWith(path + "[", StringComparison.Ordinal));
        return used
            ? new(contract, finding, breaks ? Level.Err : finding.Level, "read by the pacts")
            : new(contract, finding, Level.Info, "no pact reads this field");
    }

    /// <summary>
    /// Rules that take away something a reader relies on, whatever their catalogue level: an operation, or a status,
    /// media type, header or property of the response (read from the rule's declaration, not its id).
    /// </summary>
    private static bool IsRemoval(Rule? rule) =>
        rule is not null && rule.Direction != Direction.Request && rule.On.Any(kind => kind is ChangeKind.OperationRemoved
            or ChangeKind.StatusRemoved or ChangeKind.MediaTypeRemoved or ChangeKind.HeaderRemoved or ChangeKind.PropertyRemoved);

    /// <summary>Status and media type from a JSON pointer such as /paths/~1a/get/responses/200/content/application~1json/...</summary>
    private static (string? Status, string? MediaType) Response(string pointer)
    {
        var parts = pointer.Split('/');
        var at = Array.IndexOf(parts, "responses");
        if (at < 0 || at + 1 >= parts.Length)
        {
            return (null, null);
        }

        var status = Unescape(parts[at + 1]);
        var media = at + 3 < parts.Length && parts[at + 2] == "content" ? Unescape(parts[at + 3]) : null;
        return (status, media);
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static string? FindByMethodAndPath(SpecDocument full, string method, string path)
    {
        var shape = Shape(path);
        foreach (var (candidate, item) in full.Paths)
        {
            if (Shape(candidate) == shape && item?[method] is JsonObject op && op["operationId"]?.GetValue<string>() is { } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The path with parameter names dropped: /orgs/{orgId}/invites and /orgs/{ORG-ID}/invites are one operation.</summary>
    private static string Shape(string path) => System.Text.RegularExpressions.Regex.Replace(path, "{[^}]*}", "{}");
}
