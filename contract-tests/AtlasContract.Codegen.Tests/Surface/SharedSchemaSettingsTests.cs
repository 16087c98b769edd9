namespace AtlasContract.Codegen.Tests.Surface;

public class SharedSchemaSettingsTests
{
    private static readonly TransformSettings Tuned = new()
    {
        ExtensibleStrings = [new ExtensibleString("User", "role", "UserRole"), new ExtensibleString("Team", "kind", "TeamKind")],
        DiscriminatorBases = [new DiscriminatorBase("User")],
        RenameSchemas = new Dictionary<string, string> { ["User"] = "AtlasUser", ["Team"] = "AtlasTeam" },
        DropParameters = ["envelope"],
    };

    [Test]
    public void Inherit_SchemaTheFragmentDeclares_TakesWhatAnotherContractSaysOfIt()
    {
        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), [Tuned], new HashSet<string> { "User" });

        Assert.That(effective.ExtensibleStrings, Is.EqualTo(new[] { new ExtensibleString("User", "role", "UserRole") }));
        Assert.That(effective.DiscriminatorBases.Select(b => b.Schema), Is.EqualTo(new[] { "User" }));
        Assert.That(effective.RenameSchemas, Is.EqualTo(new Dictionary<string, string> { ["User"] = "AtlasUser" }));
        Assert.That(effective.DropParameters, Is.Empty, "settings about operations stay each contract's own");
    }

    [Test]
    public void Inherit_ContractSaysSomethingOfTheSchema_ItsOwnWins()
    {
        var own = new TransformSettings
        {
            ExtensibleStrings = [new ExtensibleString("User", "role", "Role")],
            RenameSchemas = new Dictionary<string, string> { ["User"] = "Member" },
        };

        var effective = SharedSchemaSettings.Inherit(own, [Tuned], new HashSet<string> { "User" });

        Assert.That(effective.ExtensibleStrings, Is.EqualTo(new[] { new ExtensibleString("User", "role", "Role") }));
        Assert.That(effective.RenameSchemas["User"], Is.EqualTo("Member"));
    }

    [Test]
    public void Inherit_TwoOtherContracts_TheFirstInManifestOrderWins()
    {
        var later = new TransformSettings { ExtensibleStrings = [new ExtensibleString("User", "role", "Other")] };

        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), [Tuned, later], new HashSet<string> { "User" });

        Assert.That(effective.ExtensibleStrings, Is.EqualTo(new[] { new ExtensibleString("User", "role", "UserRole") }));
    }

    [Test]
    public void Inherit_SchemaNotInTheFragment_NothingTaken()
    {
        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), [Tuned], new HashSet<string> { "Project" });

        Assert.That(effective.ExtensibleStrings, Is.Empty);
        Assert.That(effective.DiscriminatorBases, Is.Empty);
        Assert.That(effective.RenameSchemas, Is.Empty);
    }
}
