using System.Text.Json.Nodes;

namespace AtlasContract.Codegen.Tests.Surface;

public class SharedSchemaSettingsTests
{
    private const string User = """{ "type": "object", "properties": { "role": { "type": "string" } } }""";

    private static readonly TransformSettings Tuned = new()
    {
        ExtensibleStrings = [new ExtensibleString("User", "role", "UserRole"), new ExtensibleString("Team", "kind", "TeamKind")],
        DiscriminatorBases = [new DiscriminatorBase("User")],
        RenameSchemas = new Dictionary<string, string> { ["User"] = "AtlasUser", ["Team"] = "AtlasTeam" },
        ParameterTypes = new Dictionary<string, string> { ["roles"] = "UserRole", ["kinds"] = "TeamKind" },
        DropParameters = ["envelope"],
    };

    /// <summary>A fragment declaring <paramref name="schemas"/> (name: JSON) whose one operation has <paramref name="parameter"/>.</summary>
    private static JsonObject Fragment(string schemas, string parameter = "roles") => JsonNode.Parse($$"""
        { "paths": { "/u": { "parameters": [], "summary": "s", "get": { "parameters": [ { "name": "{{parameter}}", "in": "query", "schema": { "type": "array", "items": { "type": "string" } } } ] } } },
          "components": { "schemas": { {{schemas}} } } }
        """)!.AsObject();

    private static readonly JsonObject Other = Fragment($"\"User\": {User}, \"Team\": {{ \"type\": \"object\" }}");

    [Test]
    public void Inherit_SameSchemaInTheFragment_TakesWhatAnotherContractSaysOfItAndItsParameterType()
    {
        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), Fragment($"\"User\": {User}"), [(Tuned, Other)]);

        Assert.That(effective.ExtensibleStrings, Is.EqualTo(new[] { new ExtensibleString("User", "role", "UserRole") }));
        Assert.That(effective.DiscriminatorBases.Select(b => b.Schema), Is.EqualTo(new[] { "User" }));
        Assert.That(effective.RenameSchemas, Is.EqualTo(new Dictionary<string, string> { ["User"] = "AtlasUser" }));
        Assert.That(effective.ParameterTypes, Is.EqualTo(new Dictionary<string, string> { ["roles"] = "UserRole" }));
        Assert.That(effective.DropParameters, Is.Empty, "settings about operations stay each contract's own");
    }

    [Test]
    public void Inherit_SchemaOfTheSameNameThatDiffers_NothingTaken()
    {
        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), Fragment("\"User\": { \"type\": \"object\" }"), [(Tuned, Other)]);

        Assert.That(effective.ExtensibleStrings, Is.Empty);
        Assert.That(effective.DiscriminatorBases, Is.Empty);
        Assert.That(effective.RenameSchemas, Is.Empty);
        Assert.That(effective.ParameterTypes, Is.Empty, "the parameter's type comes with the extensible string it names");
    }

    [Test]
    public void Inherit_ContractSaysSomethingOfTheSchema_ItsOwnWins()
    {
        var own = new TransformSettings
        {
            ExtensibleStrings = [new ExtensibleString("User", "role", "Role")],
            RenameSchemas = new Dictionary<string, string> { ["User"] = "Member" },
        };

        var effective = SharedSchemaSettings.Inherit(own, Fragment($"\"User\": {User}"), [(Tuned, Other)]);

        Assert.That(effective.ExtensibleStrings, Is.EqualTo(new[] { new ExtensibleString("User", "role", "Role") }));
        Assert.That(effective.RenameSchemas["User"], Is.EqualTo("Member"));
    }

    [Test]
    public void Inherit_TwoOtherContracts_TheFirstInManifestOrderWins()
    {
        var later = new TransformSettings { ExtensibleStrings = [new ExtensibleString("User", "role", "Other")] };

        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), Fragment($"\"User\": {User}"), [(Tuned, Other), (later, Other)]);

        Assert.That(effective.ExtensibleStrings, Is.EqualTo(new[] { new ExtensibleString("User", "role", "UserRole") }));
    }

    [Test]
    public void Inherit_ParameterTheOperationsDoNotHave_NoParameterType()
    {
        var effective = SharedSchemaSettings.Inherit(new TransformSettings(), Fragment($"\"User\": {User}", parameter: "other"), [(Tuned, Other)]);

        Assert.That(effective.ExtensibleStrings, Has.Count.EqualTo(1));
        Assert.That(effective.ParameterTypes, Is.Empty);
    }
}
