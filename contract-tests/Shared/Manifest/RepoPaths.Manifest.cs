using AtlasContract.Spec.Manifest;

namespace AtlasContract.Tests.Shared;

/// <summary>The declared contracts, read from the repository's contract-gate.yaml (never a second list here).</summary>
internal static partial class RepoPaths
{
    private static readonly Lazy<ContractManifest> ManifestValue = new(() => ContractManifest.Load(File(ContractManifest.FileName)));

    public static ContractManifest Manifest => ManifestValue.Value;

    /// <summary>The fragment of the v2 contract (listOrgInvites).</summary>
    public static string V2Spec => Manifest.Contract("atlas-v2-invites").Fragment.Full;

    /// <summary>The fragment of the legacy v1.0 contract (getOrgInvites).</summary>
    public static string V1Spec => Manifest.Contract("cloud-manager-v1.0-invites").Fragment.Full;

    /// <summary>Every declared pact with the fragment of the contract that declares it.</summary>
    public static IEnumerable<(string Pact, string Fragment)> Pacts =>
        Manifest.Contracts.SelectMany(c => c.Pacts.Select(p => (p.Full, c.Fragment.Full)));
}
