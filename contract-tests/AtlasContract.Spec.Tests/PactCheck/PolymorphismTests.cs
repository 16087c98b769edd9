using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.PactCheck;
using static AtlasContract.Spec.Tests.PactCheck.Shop;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>oneOf with a discriminator: the variant it names is the one checked; Atlas's type: object + oneOf of strings is a documented leniency.</summary>
public class PolymorphismTests
{
    [TestCase("""{ "petType": "dog", "bark": "woof" }""")]
    [TestCase("""{ "petType": "Cat", "meow": "purr", "name": "Tom" }""")]
    public void Verify_DiscriminatorValueByMappingOrSchemaName_ChoosesTheVariant(string body)
    {
        Assert.That(Check(Pet(body)), Is.Empty);
    }

    [Test]
    public void Verify_DiscriminatedVariant_IsCheckedAloneWithItsRequiredProperties()
    {
        // Without the discriminator, { petType, name } would match neither or both variants; with it, the Dog's rules apply.
        Assert.That(Check(Pet("""{ "petType": "dog", "name": "Rex" }""")), Is.EqualTo(new[] { "request.body.incompatible: POST /pets: request body $: required property 'bark' is missing" }));
    }

    [Test]
    public void Verify_DiscriminatorValueWithoutAVariant_SaysSo()
    {
        Assert.That(Check(Pet("""{ "petType": "hamster", "bark": "?" }""")),
            Is.EqualTo(new[] { "request.body.incompatible: POST /pets: request body $.petType: no variant for discriminator value \"hamster\" (known: dog, Dog, Cat)" }));
    }

    [Test]
    public void Verify_StringWhereAtlasDeclaresObjectWithAOneOfOfStrings_PassesWithAWarningNamingTheDefect()
    {
        var validator = new SchemaValidator(new SchemaView.Factory(Document));
        var warnings = new List<string>();
        var region = new JsonObject { ["$ref"] = "#/components/schemas/Region" };

        var errors = validator.Validate(JsonNode.Parse("""{ "regionName": "US_EAST_1" }"""), region, "$", response: true, warnings);
        var wrong = validator.Validate(JsonNode.Parse("""{ "regionName": "MARS_1" }"""), region, "$", response: true);

        Assert.That(errors, Is.Empty);
        Assert.That(warnings, Is.EqualTo(new[] { "$.regionName: the spec declares type object with a oneOf of strings (a defect of the spec: the API sends a string); the string was checked against the oneOf variants" }));
        Assert.That(wrong, Is.EqualTo(new[] { "$.regionName: matches 0 of the 2 oneOf variants (at least one expected)" }));
    }
}
