using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Manifest;

public class ContractManifestTests
{
    private const string Fragment = "spec/a.yaml";

    [Test]
    public void Load_RepositoryManifest_EveryContractDeclaresItsFragmentCodegenAndPactsOnce()
    {
        var manifest = ContractManifest.Load(RepoPaths.File(ContractManifest.FileName));

        Assert.That(manifest.Contracts, Is.Not.Empty);
        Assert.That(manifest.Contracts.Select(c => c.Name), Is.Unique);
        Assert.That(manifest.Contracts.Select(c => c.Fragment.Full), Is.Unique.And.All.Matches<string>(File.Exists));
        Assert.That(manifest.Contracts.Where(c => c.Codegen is not null).Select(c => c.Codegen!.Output.Relative), Is.Unique.And.All.StartsWith("src/AtlasContract.Client/Generated/"));
        Assert.That(manifest.Contracts.SelectMany(c => c.Pacts).Select(p => p.Full), Is.Unique.And.All.Matches<string>(File.Exists));
        foreach (var contract in manifest.Contracts.Where(c => c.Upstream is not null))
        {
            var fragment = SpecLoader.Load(contract.Fragment.Full);
            Assert.That(contract.Upstream!.Operations, Has.All.Matches<string>(id => AtlasContract.Spec.Slicing.SpecSlicer.Find(fragment, id!) is not null), $"{contract.Name}: every upstream operation is in its fragment");
        }

        Assert.That(manifest.Compat.SelectMany(c => new[] { c.Old, c.New }), Has.All.Matches<string>(n => manifest.Contracts.Any(c => c.Name == n)));
    }

    [Test]
    public void Load_ContractWithoutNswag_TakesTheSharedDefaultsAndDerivesItsNames()
    {
        var manifest = Load($"codegenDefaults: {{ nswag: {Fragment}, transform: {Fragment}, output: Gen, namespace: My.Client }}\ncontracts:\n  - name: org-users\n    fragment: {Fragment}\n    codegen: {{ output: Gen/AtlasOrgUsersClient.g.cs, transform: spec/own.json }}\n", "spec/own.json");

        var codegen = manifest.Contract("org-users").Codegen!;
        Assert.That(codegen.Nswag.Relative, Is.EqualTo(Fragment));
        Assert.That(codegen.Transforms.Select(t => t.Relative), Is.EqualTo(new[] { Fragment, "spec/own.json" }), "the contract's own settings layer over the shared ones");
        Assert.That((codegen.ClassName, codegen.Namespace), Is.EqualTo(("AtlasOrgUsersClient", "My.Client.OrgUsers")));
        Assert.That(manifest.CodegenDefaults!.Output!.Relative, Is.EqualTo("Gen/"));
    }

    [TestCase("atlas-v2-invitations", "Invitations")]
    [TestCase("getGroupCluster", "GetGroupCluster")]
    [TestCase("atlas-v1.0-org-users", "OrgUsers")]
    [TestCase("atlas", "Atlas")]
    public void TypeName_ContractName_WithoutTheWordsEveryContractShares(string name, string expected)
    {
        Assert.That(CodegenDefaults.TypeName(name), Is.EqualTo(expected));
    }

    [Test]
    public void Load_ContractWithItsOwnNswag_KeepsTheNamesItsSettingsGive()
    {
        var manifest = Load($"codegenDefaults: {{ nswag: {Fragment}, transform: {Fragment} }}\ncontracts:\n  - name: a\n    fragment: {Fragment}\n    codegen: {{ nswag: {Fragment}, output: Gen/A.g.cs }}\n");

        var codegen = manifest.Contract("a").Codegen!;
        Assert.That((codegen.ClassName, codegen.Namespace), Is.EqualTo(((string?)null, (string?)null)));
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
    [TestCase("contracts:\n  - name: a\n    fragment: spec/a.yaml\n    codegen: { output: Gen/A.g.cs }\n", "contracts[0].codegen.nswag: missing")]
    [TestCase("codegenDefaults: { nswag: spec/a.yaml }\n", "codegenDefaults.transform: missing")]
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

    private static ContractManifest Load(string yaml, params string[] moreFiles)
    {
        var folder = Folder();
        Directory.CreateDirectory(Path.Combine(folder, "spec"));
        foreach (var file in moreFiles.Prepend(Fragment))
        {
            File.WriteAllText(Path.Combine(folder, file), "openapi: 3.0.1\n");
        }

        var path = Path.Combine(folder, ContractManifest.FileName);
        File.WriteAllText(path, yaml);
        return ContractManifest.Load(path);
    }
}
