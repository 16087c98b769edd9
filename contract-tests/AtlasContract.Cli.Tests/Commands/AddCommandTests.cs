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

    private const string WithDefaults = "# the team's contracts\ncodegenDefaults:\n  nswag: shared.nswag\n  transform: shared.transform.json\n  output: src/Client/Generated/\n  namespace: My.Client\ncontracts:\n  - name: invites\n    fragment: spec/v2/listOrgInvites.yaml\n    upstream: { operations: [listOrgInvites] }\n# pairs\ncompat: []\n";

    private static string TempWithDefaults()
    {
        var manifest = Temp(ContractManifest.FileName, WithDefaults);
        var folder = Path.GetDirectoryName(manifest)!;
        File.WriteAllText(Path.Combine(folder, "shared.nswag"), "{}");
        File.WriteAllText(Path.Combine(folder, "shared.transform.json"), "{}");
        return manifest;
    }

    [Test]
    public void Add_Operation_DeclaresTheContractWithOnlyWhatDiffersAndSlicesIt()
    {
        var manifest = TempWithDefaults();

        var (exit, stdout, err) = Run("add", RepoPaths.V2Spec, "--config", manifest, "--operation", "listOrgInvites", "--contract", "pending", "--no-regenerate");

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(stdout, Does.Contain("declared contract 'pending'").And.Contain("wrote spec/v2/pending.yaml: listOrgInvites"));
        var contract = ContractManifest.Load(manifest, fragmentsMayBeMissing: true).Contract("pending");
        Assert.That(contract.Upstream!.Operations, Is.EqualTo(new[] { "listOrgInvites" }));
        Assert.That(contract.Codegen!.Output.Relative, Is.EqualTo("src/Client/Generated/AtlasPendingClient.g.cs"));
        Assert.That(contract.Codegen.ClassName, Is.EqualTo("AtlasPendingClient"));
        Assert.That(contract.Codegen.Namespace, Is.EqualTo("My.Client.Pending"));
        Assert.That(contract.Codegen.Transforms.Select(t => t.Relative), Is.EqualTo(new[] { "shared.transform.json" }));
        var text = File.ReadAllText(manifest);
        Assert.That(text, Does.StartWith("# the team's contracts\n").And.Contain("# pairs\ncompat: []"), "comments and the other keys stay");
        Assert.That(text, Does.Not.Contain("nswag: shared.nswag\n    "), "the entry names no setting the defaults give");
    }

    [Test]
    public void Add_UnknownOperation_Exits2AndLeavesTheManifestAlone()
    {
        var manifest = TempWithDefaults();

        var (exit, _, err) = Run("add", RepoPaths.V2Spec, "--config", manifest, "--operation", "noSuchOperation");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("no operation with operationId 'noSuchOperation'"));
        Assert.That(File.ReadAllText(manifest), Is.EqualTo(WithDefaults));
    }

    [Test]
    public void Add_OperationWithoutCodegenDefaults_Exits2NamingTheKey()
    {
        var manifest = Temp(ContractManifest.FileName, Manifest);

        var (exit, _, err) = Run("add", RepoPaths.V2Spec, "--config", manifest, "--operation", "listOrgInvites");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("codegenDefaults"));
    }

    [Test]
    public void Cause_MsBuildLog_TheErrorLinesWithoutTheExecWrapper()
    {
        string[] log =
        [
            "/x/spec.yaml : error ATLASGEN: codegen of 'c' failed in NSwag: System.ArgumentException: boom [/x/Client.csproj]",
            "/x/targets(60,5): error MSB3073: The command \"dotnet nswag run\" exited with code 1. [/x/Client.csproj]",
        ];

        Assert.That(AtlasContract.Cli.Commands.AddCommand.Cause(log), Is.EqualTo("/x/spec.yaml : error ATLASGEN: codegen of 'c' failed in NSwag: System.ArgumentException: boom"));
    }

    [Test]
    public void Renames_MsBuildLog_EachRenameLineOnceAndNothingElse()
    {
        string[] log =
        [
            "  Restored /x/Client.csproj (in 120 ms).",
            "  V2: schema 'OrgUserResponse' of get-org-user (spec/atlas-v2/get-org-user.yaml) differs from atlas-v2-users's (spec/atlas-v2/listOrgUsers.yaml): generated as GetOrgUserOrgUserResponse",
            "  atlas-v2-users: no pageable for listOrgUsers",
            "  V2: schema 'OrgUserResponse' of get-org-user (spec/atlas-v2/get-org-user.yaml) differs from atlas-v2-users's (spec/atlas-v2/listOrgUsers.yaml): generated as GetOrgUserOrgUserResponse",
        ];

        Assert.That(AtlasContract.Cli.Commands.AddCommand.Renames(log), Is.EqualTo(new[]
        {
            "V2: schema 'OrgUserResponse' of get-org-user (spec/atlas-v2/get-org-user.yaml) differs from atlas-v2-users's (spec/atlas-v2/listOrgUsers.yaml): generated as GetOrgUserOrgUserResponse",
        }));
    }
}
