using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests.Commands;

public class AddCommandTests
{
    private const string Manifest = "contracts:\n  - name: invites\n    fragment: spec/new/listOrgInvites.yaml\n    upstream: { operations: [listOrgInvites] }\n";

    [Test]
    public void Add_NewContractInTheManifest_SlicesItsFragmentFromTheFullSpec()
    {
        var manifest = Temp(ContractManifest.FileName, Manifest);
        var fragment = Path.Combine(Path.GetDirectoryName(manifest)!, "spec", "new", "listOrgInvites.yaml");

        var (exit, stdout, err) = Run("add", RepoPaths.V2Spec, "--config", manifest);

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(stdout, Does.Contain("wrote spec/new/listOrgInvites.yaml: listOrgInvites"));
        Assert.That(JsonNode.DeepEquals(SpecLoader.Load(fragment).Root, SpecLoader.Load(RepoPaths.V2Spec).Root), Is.True);
        Assert.That(ContractManifest.Load(manifest).Contract("invites").Fragment.Full, Is.EqualTo(fragment), "the manifest now loads: its fragment exists");
    }

    [Test]
    public void Add_FragmentAlreadyThere_WritesNothingUnlessTheContractIsNamed()
    {
        var manifest = Temp(ContractManifest.FileName, Manifest);
        var fragment = Path.Combine(Path.GetDirectoryName(manifest)!, "spec", "new", "listOrgInvites.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(fragment)!);
        File.WriteAllText(fragment, "openapi: 3.0.1\n");

        var (exit, stdout, _) = Run("add", RepoPaths.V2Spec, "--config", manifest);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("nothing to add"));
        Assert.That(File.ReadAllText(fragment), Is.EqualTo("openapi: 3.0.1\n"));

        var (named, _, _) = Run("add", RepoPaths.V2Spec, "--config", manifest, "--contract", "invites");

        Assert.That(named, Is.EqualTo(0));
        Assert.That(File.ReadAllText(fragment), Does.Contain("operationId: listOrgInvites"));
    }

    [Test]
    public void Add_OperationNotInTheSpec_Exits2AndWritesNothing()
    {
        var manifest = Temp(ContractManifest.FileName, Manifest.Replace("listOrgInvites]", "noSuchOperation]", StringComparison.Ordinal));

        var (exit, _, err) = Run("add", RepoPaths.V2Spec, "--config", manifest);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("no operation with operationId 'noSuchOperation'"));
        Assert.That(Directory.Exists(Path.Combine(Path.GetDirectoryName(manifest)!, "spec")), Is.False);
    }
}
