using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using static AtlasContract.Spec.Tests.PactCheck.Shop;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>Values once refused because they were compared as raw strings: typed and styled path parameters, deepObject, pact paths.</summary>
public class ParameterStyleTests
{
    private static PactInteraction Flags(string path) => new("flags", "GET", path, Map(), Map(), 200, Map(), null, null);

    [Test]
    public void Verify_TypedAndStyledPathParameters_AreReadAsTheirSchemaSays()
    {
        // boolean, simple array, label array, matrix integer, exploded simple object.
        Assert.That(Check(Flags("/flags/true/1,2,3/.4,5/;matrix=6/x=1,y=2")), Is.Empty);
    }

    [TestCase("/flags/yes/1,2,3/.4,5/;matrix=6/x=1,y=2", "path parameter on: the string \"yes\" where the schema expects boolean")]
    [TestCase("/flags/true/1,b,3/.4,5/;matrix=6/x=1,y=2", "path parameter ids[1]: the string \"b\" where the schema expects integer")]
    [TestCase("/flags/true/1,2,3/.4,x/;matrix=6/x=1,y=2", "path parameter label[1]: the string \"x\" where the schema expects integer")]
    [TestCase("/flags/true/1,2,3/.4,5/;matrix=six/x=1,y=2", "path parameter matrix: the string \"six\" where the schema expects integer")]
    [TestCase("/flags/true/1,2,3/.4,5/;matrix=6/x=1,y=z", "path parameter point.y: the string \"z\" where the schema expects integer")]
    public void Verify_PathParameterOfTheWrongType_IsAProblemAtItsPlace(string path, string problem)
    {
        Assert.That(Check(Flags(path)), Is.EqualTo(new[] { $"request.path.incompatible: GET /flags/{{on}}/{{ids}}/{{label}}/{{matrix}}/{{point}}: {problem}" }));
    }

    [Test]
    public void Verify_DeepObjectQuery_IsOneObjectParameter()
    {
        Assert.That(Check(Item(query: Map(("filter[name]", "lamp"), ("filter[size]", "3")))), Is.Empty);
        Assert.That(Check(Item(query: Map(("filter[size]", "big")))), Is.EqualTo(new[] { "request.query.incompatible: GET /items/{id}: query parameter filter.size: the string \"big\" where the schema expects integer" }));
        Assert.That(Check(Item(query: Map(("filter[colour]", "red")))), Is.EqualTo(new[] { "request.query.incompatible: GET /items/{id}: query parameter filter.colour: property not in the spec" }));
    }

    [Test]
    public void Verify_PactPathWithoutALeadingSlash_IsTheSamePath()
    {
        Assert.That(Check(Item(path: "items/7")), Is.Empty);
    }

    [Test]
    public void Verify_RequiredParameterWithoutAName_IsBadInputNamingWhere()
    {
        var spec = SpecLoader.Parse(
            """
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths: { /a: { get: { parameters: [ { in: query, required: true, schema: { type: string } } ], responses: { '200': { description: ok } } } } }
            """,
            "nameless.yaml");

        var ex = Assert.Throws<SpecLoadException>(() => new PactVerifier(spec).Verify([new PactInteraction("a", "GET", "/a", Map(), Map(), 200, Map(), null, null)]));

        Assert.That(ex!.Message, Does.Contain("nameless.yaml").And.Contain("#/paths/~1a/get/parameters/0: a parameter has no 'name'"));
    }
}
