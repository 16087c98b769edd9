using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Spec.Gate;

/// <summary>
/// Everything the gate's checks read: the manifest the change proposes (<see cref="Working"/>), the baseline and
/// its manifest (what is in force), the date, the threshold. The policy in force (levels, allow, warnDays) is the
/// baseline's unless <see cref="AcceptPolicyChanges"/>: the change under review cannot weaken its own gate.
/// Fragments and pacts are read once and shared by the checks; a file that does not load fails the checks that
/// need it, not the run.
/// </summary>
public sealed class GateContext
{
    private readonly Dictionary<string, SpecDocument> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedPact?> _pacts = new(StringComparer.Ordinal);

    public GateContext(ContractManifest working, DateOnly today)
    {
        Working = working;
        Today = today;
    }

    /// <summary>The manifest of the work tree: what the change proposes.</summary>
    public ContractManifest Working { get; }

    /// <summary>What the change is compared with; null when the user asked for no baseline.</summary>
    public IBaselineSource? Baseline { get; init; }

    /// <summary>Why there is no baseline (shown on the skipped rows), when <see cref="Baseline"/> is null.</summary>
    public string NoBaselineReason { get; init; } = "--no-baseline";

    /// <summary>The baseline's manifest; null when there is no baseline or it has no manifest (a first run).</summary>
    public ContractManifest? BaselineManifest { get; init; }

    public DateOnly Today { get; }

    public Level FailOn { get; init; } = Level.Err;

    /// <summary><c>--accept-policy-changes</c>: the working tree's policy applies; its weakenings are listed, not failing.</summary>
    public bool AcceptPolicyChanges { get; init; }

    /// <summary>True when the baseline's manifest decides (levels, allow, warnDays).</summary>
    public bool BaselinePolicyInForce => BaselineManifest is not null && !AcceptPolicyChanges;

    /// <summary>The levels and allow entries in force.</summary>
    public DiffConfig Policy => BaselinePolicyInForce ? BaselineManifest!.Diff : Working.Diff;

    /// <summary>The sunset warning window in force.</summary>
    public int SunsetWarnDays => BaselinePolicyInForce ? BaselineManifest!.SunsetWarnDays : Working.SunsetWarnDays;

    /// <summary>The contract's fragment, loaded once (a load error is thrown to every check that asks).</summary>
    public SpecDocument Fragment(ContractEntry contract) => Cached(_fragments, contract.Fragment.Full,
        () => new SpecDocument(contract.Fragment.Relative, SpecLoader.Load(contract.Fragment.Full).Root));

    /// <summary>The pact, loaded once; null when the file does not exist.</summary>
    public LoadedPact? Pact(RepoFile pact) => Cached(_pacts, pact.Full,
        () => File.Exists(pact.Full) ? LoadedPact.From(PactFile.Load(pact.Full)) : null);

    /// <summary>The value loaded once per key; a load that throws is not kept, so the next check that asks tries again.</summary>
    private static T Cached<T>(Dictionary<string, T> cache, string key, Func<T> load)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            cache[key] = value = load();
        }

        return value;
    }
}

/// <summary>A pact as the checks read it.</summary>
public sealed record LoadedPact(string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions)
{
    public static LoadedPact From((string Consumer, string Provider, IReadOnlyList<PactInteraction> Interactions) pact) =>
        new(pact.Consumer, pact.Provider, pact.Interactions);
}
