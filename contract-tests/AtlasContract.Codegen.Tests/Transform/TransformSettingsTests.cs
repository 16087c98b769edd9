namespace AtlasContract.Codegen.Tests.Transform;

public class TransformSettingsTests
{
    [Test]
    public void Read_DefaultsThenContract_ListsJoinedAndLaterFlagsWin()
    {
        var folder = Directory.CreateTempSubdirectory("atlas-transform-").FullName;
        var defaults = Path.Combine(folder, "defaults.json");
        var own = Path.Combine(folder, "own.json");
        File.WriteAllText(defaults, """{ "dropParameters": ["envelope", "pretty"], "extensibleEnums": true, "renameSchemas": { "A": "B" } }""");
        File.WriteAllText(own, """{ "dropParameters": ["pretty", "status"], "extensibleEnums": false, "renameSchemas": { "C": "D" } }""");

        var settings = TransformSettings.Read([defaults, own]);

        Assert.That(settings.DropParameters, Is.EqualTo(new[] { "envelope", "pretty", "status" }));
        Assert.That(settings.ExtensibleEnums, Is.False);
        Assert.That(settings.RenameSchemas, Is.EquivalentTo(new Dictionary<string, string> { ["A"] = "B", ["C"] = "D" }));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Read_UnknownKey_NamesTheFiles()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("atlas-transform-").FullName, "bad.json");
        File.WriteAllText(file, """{ "extensibleEnum": true }""");

        Assert.That(() => TransformSettings.Read([file]), Throws.TypeOf<InvalidDataException>().With.Message.Contains("bad.json"));
    }
}
