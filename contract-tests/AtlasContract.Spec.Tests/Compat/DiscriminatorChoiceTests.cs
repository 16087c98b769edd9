using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Compat;

/// <summary>The compat checker reads a discriminated union as the variant the manifest names: by mapping, else by schema name.</summary>
public class DiscriminatorChoiceTests
{
    private static SpecDocument Old() => SpecLoader.Parse(
        """
        openapi: 3.0.1
        info: { title: old, version: '1' }
        paths: { /pets: { get: { responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, bark: { type: string } } } } } } } } } }
        """,
        "old.yaml");

    private static SpecDocument New() => SpecLoader.Parse(
        """
        openapi: 3.0.1
        info: { title: new, version: '1' }
        paths: { /pets: { get: { responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } } } } } }
        components:
          schemas:
            Pet: { type: object, discriminator: { propertyName: kind }, oneOf: [ { $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' } ] }
            Dog: { type: object, properties: { kind: { type: string }, name: { type: string }, bark: { type: string } } }
            Cat: { type: object, properties: { kind: { type: string }, name: { type: string }, meow: { type: string } } }
        """,
        "new.yaml");

    [Test]
    public void Check_VariantNamedBySchemaNameWithoutMapping_IsReadAsThatVariant()
    {
        var dog = CompatChecker.Check(Old(), New(), new CompatOptions(NewVariant: "Dog"));
        var cat = CompatChecker.Check(Old(), New(), new CompatOptions(NewVariant: "Cat"));

        Assert.That(dog.Compatible, Is.True, string.Join("\n", dog.Rows));
        Assert.That(cat.Rows.Where(r => r.Breaks).Select(r => r.Path), Is.EqualTo(new[] { "$.bark" }));
    }

    [Test]
    public void Check_VariantNoUnionKnows_IsAnErrorNamingTheValue()
    {
        var ex = Assert.Throws<SpecLoadException>(() => CompatChecker.Check(Old(), New(), new CompatOptions(NewVariant: "Hamster")));

        Assert.That(ex!.Message, Does.Contain("$: no variant for discriminator value \"Hamster\" (known: Dog, Cat)"));
    }
}
