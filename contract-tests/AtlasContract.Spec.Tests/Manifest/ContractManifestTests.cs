using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Manifest;

public class ContractManifestTests
{
    private const string Fragment = "spec/a.yaml";

    [Test]
    public void Load_RepositoryManifest_DeclaresEachFragmentCodegenAndPactOnce()
    {
        var manifest = ContractManifest.Load(RepoPaths.File(ContractManifest.FileName));

        Assert.That(manifest.Contracts.Select(c => c.Name), Is.EqualTo(new[] { "atlas-v2-invites", "cloud-manager-v1.0-invites", "atlas-v2-users" }));
        Assert.That(manifest.Contracts.Select(c => c.Fragment.Relative), Is.EqualTo(new[] { "spec/atlas-v2/listOrgInvites.yaml", "spec/atlas-v1.0/getOrgInvites.yaml", "spec/atlas-v2/listOrgUsers.yaml" }));
        Assert.That(manifest.Contracts.Select(c => c.Codegen!.Output.Relative), Is.Unique.And.All.StartsWith("src/AtlasContract.Client/Generated/"));
        Assert.That(manifest.Contracts.SelectMany(c => c.Pacts).Select(p => p.Full), Is.Unique.And.All.Matches<string>(File.Exists));
        Assert.That(manifest.Contract("atlas-v2-invites").Upstream!.Operations, Is.EqualTo(new[] { "listOrgInvites" }));
        Assert.That(manifest.Compat.Select(c => (c.Old, c.New)), Is.EqualTo(new[] { ("cloud-manager-v1.0-invites", "atlas-v2-invites"), ("atlas-v2-invites", "atlas-v2-users") }));
        Assert.That(manifest.SunsetWarnDays, Is.EqualTo(180));
    }

    [Test]
    public void Load_OlderLevelsAndAllowOnlyFormat_LoadsWithNoContracts()
    {
        var manifest = Load("levels:\n  response-property-enum-value-added: ERR\nallow: []\n");

        Assert.That(manifest.Contracts, Is.Empty);
        Assert.That(manifest.Diff.Levels, Has.Count.EqualTo(1));
    }

    [Test]
    public void Load_RelativePaths_ResolveFromTheManifestFolder()
    {
        var manifest = Load($"contracts:\n  - name: a\n    fragment: {Fragment}\n    pacts: [pacts/a.json]\n");

        var contract = manifest.Contract("a");
        Assert.That(contract.Fragment.Full, Is.EqualTo(Path.Combine(manifest.Directory, "spec", "a.yaml")));
        Assert.That(contract.Pacts.Single().Full, Is.EqualTo(Path.Combine(manifest.Directory, "pacts", "a.json")));
    }

    [TestCase("contracts: {}\n", "contracts: expected a list")]
    [TestCase("contract: []\n", "contract: unknown key")]
    [TestCase("contracts:\n  - fragment: spec/a.yaml\n", "contracts[0].name: missing")]
    [TestCase("contracts:\n  - name: a\n    fragment: spec/missing.yaml\n", "contracts[0].fragment: file not found: spec/missing.yaml")]
    [TestCase("contracts:\n  - name: a\n    fragment: spec/a.yaml\n  - name: a\n    fragment: spec/a.yaml\n", "contracts[1].name: 'a' is declared twice")]
    [TestCase("contracts:\n  - name: a\n    fragment: spec/a.yaml\n    codegen: { nswag: spec/a.yaml, transform: spec/a.yaml }\n", "contracts[0].codegen.output: missing")]
    [TestCase("contracts:\n  - name: a\n    fragment: spec/a.yaml\n    upstream: { operations: listOrgInvites }\n", "contracts[0].upstream.operations: expected a list")]
    [TestCase("contracts:\n  - name: a\n    fragment: spec/a.yaml\n    pacts: [pacts/a.json]\n    extra: 1\n", "contracts[0].extra: unknown key")]
    [TestCase("compat:\n  - old: a\n    new: b\n", "compat[0].old: no contract named 'a'")]
    [TestCase("sunset: { warnDays: soon }\n", "sunset.warnDays: 'soon' is not a whole number")]
    [TestCase("levels:\n  not-a-rule: ERR\n", "levels: unknown rule id 'not-a-rule'")]
    public void Load_BadManifest_OneLineNamingFileAndKey(string yaml, string expected)
    {
        var ex = Assert.Throws<SpecLoadException>(() => Load(yaml));

        Assert.That(ex!.Message, Does.StartWith(Path.Combine(Folder(), ContractManifest.FileName) + ": ").And.Contain(expected));
        Assert.That(ex.Message, Does.Not.Contain("\n"));
    }

    private static string Folder() => Path.Combine(Path.GetTempPath(), "atlas-manifest-tests", TestContext.CurrentContext.Test.ID);

    private static ContractManifest Load(string yaml)
    {
        var folder = Folder();
        Directory.CreateDirectory(Path.Combine(folder, "spec"));
        File.WriteAllText(Path.Combine(folder, Fragment), "openapi: 3.0.1\n");
        var path = Path.Combine(folder, ContractManifest.FileName);
        File.WriteAllText(path, yaml);
        return ContractManifest.Load(path);
    }
}
