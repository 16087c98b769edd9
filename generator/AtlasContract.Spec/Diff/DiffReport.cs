namespace AtlasContract.Spec.Diff;

/// <summary>The outcome of one comparison.</summary>
public sealed class DiffReport(string baseSource, string revisionSource, IReadOnlyList<Finding> findings, IReadOnlyList<Allowance> expired)
{
    public string BaseSource { get; } = baseSource;

    private IReadOnlyList<FindingGroup>? _groups;

    public string RevisionSource { get; } = revisionSource;

    /// <summary>Every finding, most severe first; allowed ones carry <see cref="Finding.AllowedBecause"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; } = findings;

    /// <summary>The findings grouped by underlying change, ERR first (computed once).</summary>
    public IReadOnlyList<FindingGroup> Groups => _groups ??= FindingGroup.Of(Findings);

    /// <summary>Allow-list entries past their expiry date: no longer applied.</summary>
    public IReadOnlyList<Allowance> ExpiredAllowances { get; } = expired;

    public int Count(Level level) => Findings.Count(f => f.Level == level && f.AllowedBecause is null);

    /// <summary>True when a finding not allowed is at or above <paramref name="failOn"/>.</summary>
    public bool Fails(Level failOn) => Findings.Any(f => f.AllowedBecause is null && f.Level >= failOn);

    /// <summary>One line: the counts by level, the allowed ones, and the verdict at <paramref name="failOn"/>.</summary>
    public string Summary(Level failOn)
    {
        var allowed = Findings.Count(f => f.AllowedBecause is not null);
        var verdict = Fails(failOn) ? "FAIL" : "pass";
        return $"{Findings.Count} findings: {Count(Level.Err)} ERR, {Count(Level.Warn)} WARN, {Count(Level.Info)} INFO, {allowed} allowed; failing on {failOn.Name()}: {verdict}";
    }
}
