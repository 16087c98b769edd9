using AtlasContract.Spec.Manifest;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Codegen.Tests;

public class CodegenItemsTests
{
    [Test]
    public void Lines_RepositoryManifest_OneLinePerContractGeneratedIntoTheClient()
    {
        var lines = CodegenItems.Lines(RepoPaths.Manifest, RepoPaths.File("src", "AtlasContract.Client"));

        Assert.That(lines.Select(l => l.Split('|')[0]), Is.EqualTo(RepoPaths.Manifest.Contracts.Where(c => c.Codegen is not null).Select(c => c.Name)));
        Assert.That(lines.Select(l => l.Split('|')), Has.All.Length.EqualTo(10));
        Assert.That(lines.SelectMany(l => l.Split('|').Skip(1).Take(4)).SelectMany(f => f.Split(';')), Has.All.Matches<string>(Path.IsPathRooted));
    }

    [Test]
    public void Lines_AnotherProject_HasNone()
    {
        Assert.That(CodegenItems.Lines(RepoPaths.Manifest, RepoPaths.File("samples")), Is.Empty);
    }

    [Test]
    public void Write_SameContent_LeavesTheFileUntouched()
    {
        var output = Path.Combine(Path.GetTempPath(), "atlas-codegen-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "contracts.items");
        CodegenItems.Write(RepoPaths.File(ContractManifest.FileName), RepoPaths.File("src", "AtlasContract.Client"), output);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(output, stamp);

        CodegenItems.Write(RepoPaths.File(ContractManifest.FileName), RepoPaths.File("src", "AtlasContract.Client"), output);

        Assert.That(File.GetLastWriteTimeUtc(output), Is.EqualTo(stamp), "an unchanged item list must not trigger a regeneration");
    }
}
