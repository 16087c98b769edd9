using AtlasContract.Spec.Diff;

namespace AtlasContract.Spec.Gate.Policy;

/// <summary>
/// One kind of difference between the baseline's manifest (the policy in force) and the work tree's (the policy
/// the change proposes). A weakening one fails the gate unless <c>--accept-policy-changes</c>; a strengthening
/// one is listed and passes.
/// </summary>
public sealed record PolicyRule(string Id, bool Weakens, string Description)
{
    public Level Level => Weakens ? Level.Err : Level.Info;

    public GateFinding Finding(string message, string? pointer) =>
        new(Id, Level, message) { File = Manifest.ContractManifest.FileName, Pointer = pointer };
}

/// <summary>Every policy rule, one declaration each (README: What the gate checks, and when it fails).</summary>
public static class PolicyRules
{
    public static readonly PolicyRule AllowAdded = new("policy-allow-added", true, "an allow entry that the baseline does not have accepts a breaking change");
    public static readonly PolicyRule AllowWidened = new("policy-allow-widened", true, "an allow entry now covers more operations or paths than on the baseline");
    public static readonly PolicyRule AllowExpiryExtended = new("policy-allow-expiry-extended", true, "an allow entry expires later than on the baseline, or no longer expires");
    public static readonly PolicyRule AllowRemoved = new("policy-allow-removed", false, "an allow entry of the baseline is gone or narrower");
    public static readonly PolicyRule LevelLowered = new("policy-level-lowered", true, "a rule's level is lower than on the baseline (levels)");
    public static readonly PolicyRule LevelRaised = new("policy-level-raised", false, "a rule's level is higher than on the baseline (levels)");
    public static readonly PolicyRule ContractRemoved = new("policy-contract-removed", true, "a contract of the baseline is no longer declared: its operations leave the gate");
    public static readonly PolicyRule ContractAdded = new("policy-contract-added", false, "a new contract is declared");
    public static readonly PolicyRule FragmentMoved = new("policy-fragment-moved", false, "a contract's fragment has a new path (it is diffed against its baseline path)");
    public static readonly PolicyRule PactRemoved = new("policy-pact-removed", true, "a pact the baseline verifies is no longer declared: it is no longer verified");
    public static readonly PolicyRule PactAdded = new("policy-pact-added", false, "a new pact is declared");
    public static readonly PolicyRule CodegenRemoved = new("policy-codegen-removed", true, "a contract's generated client is no longer checked (codegen removed)");
    public static readonly PolicyRule UpstreamRemoved = new("policy-upstream-removed", true, "an upstream operation or spec the baseline checks is no longer declared");
    public static readonly PolicyRule CompatRemoved = new("policy-compat-removed", true, "a compat pair of the baseline is no longer checked");
    public static readonly PolicyRule CompatChanged = new("policy-compat-changed", true, "a compat pair's mapping differs from the baseline's (a mapping can excuse a break); other operations or status are a pair removed and one added");
    public static readonly PolicyRule CompatAdded = new("policy-compat-added", false, "a new compat pair is checked");
    public static readonly PolicyRule WarnDaysLowered = new("policy-sunset-warn-days-lowered", true, "sunset.warnDays is lower than on the baseline: sunsets warn later");
    public static readonly PolicyRule WarnDaysRaised = new("policy-sunset-warn-days-raised", false, "sunset.warnDays is higher than on the baseline");

    public static IReadOnlyList<PolicyRule> All { get; } =
    [
        AllowAdded, AllowWidened, AllowExpiryExtended, AllowRemoved, LevelLowered, LevelRaised, ContractRemoved, ContractAdded,
        FragmentMoved, PactRemoved, PactAdded, CodegenRemoved, UpstreamRemoved, CompatRemoved, CompatChanged, CompatAdded,
        WarnDaysLowered, WarnDaysRaised,
    ];
}
