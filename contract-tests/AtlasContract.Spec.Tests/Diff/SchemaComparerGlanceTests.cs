using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Tests.Diff;

public class SchemaComparerGlanceTests
{
    /// <summary>Schemas that differ from one another in one keyword each (and some in none the engine compares).</summary>
    private const string Schemas = """
        openapi: 3.1.0
        info: { title: t, version: '1' }
        paths: {}
        components:
          schemas:
            Text: { type: string }
            TextTitled: { type: string, title: other words, description: only prose differs }
            TextReadOnly: { type: string, readOnly: true }
            Number: { type: number }
            Date: { type: string, format: date }
            Password: { type: string, format: password }
            Patterned: { type: string, pattern: '^a' }
            Defaulted: { type: string, default: x }
            Nullable: { type: [string, 'null'] }
            Short: { type: string, maxLength: 3 }
            AB: { type: string, enum: [A, B] }
            BA: { type: string, enum: [B, A] }
            ABC: { type: string, enum: [A, B, C] }
            Unique: { type: array, uniqueItems: true, items: { type: string } }
            Strings: { type: array, items: { type: string } }
            Numbers: { type: array, items: { type: number } }
            Closed: { type: object, additionalProperties: false, properties: { a: { type: string } } }
            A: { type: object, properties: { a: { type: string } } }
            AInteger: { type: object, properties: { a: { type: integer } } }
            ARequired: { type: object, required: [a], properties: { a: { type: string } } }
            ADeprecated: { type: object, properties: { a: { type: string, deprecated: true } } }
            AReadOnly: { type: object, properties: { a: { type: string, readOnly: true } } }
            AWriteOnly: { type: object, properties: { a: { type: string, writeOnly: true } } }
            AB2: { type: object, properties: { a: { type: string }, b: { type: string } } }
            Refs: { type: object, properties: { a: { $ref: '#/components/schemas/Text' } } }
            Choice: { oneOf: [ { $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/AB2' } ] }
            Not: { type: string, not: { enum: [x] } }
        """;

    private static IEnumerable<(string Before, string After, bool Request)> Pairs()
    {
        var names = Names();
        return from b in names from r in names from request in new[] { true, false } select (b, r, request);
    }

    private static List<string> Names() => Load().Root["components"]!["schemas"]!.AsObject().Select(p => p.Key).ToList();

    private static SpecDocument Load() => SpecLoader.Parse(Schemas, "schemas.yaml");

    private static (SchemaComparer Comparer, SchemaView Before, SchemaView After) Fresh(string before, string after)
    {
        var (b, r) = (new SchemaView.Factory(Load()), new SchemaView.Factory(Load()));
        return (new SchemaComparer(b, r), b.Of(Schema(b, before)), r.Of(Schema(r, after)));
    }

    private static JsonNode Schema(SchemaView.Factory views, string name) => views.Document.Root["components"]!["schemas"]![name]!;

    [TestCase("Text", "TextTitled")]
    [TestCase("Text", "TextReadOnly")]
    [TestCase("AB", "BA")]
    [TestCase("A", "Refs")]
    public void DiffersAtRoot_SchemasAlikeWhereCompared_IsFalse(string before, string after)
    {
        var (comparer, b, r) = Fresh(before, after);

        Assert.That(comparer.DiffersAtRoot(b, r, request: false), Is.False);
    }

    [Test]
    public void DiffersAtRoot_AnyPair_OnlyWhereCompareReportsAChange()
    {
        var wrong = new List<string>();
        var flagged = 0;
        foreach (var (before, after, request) in Pairs())
        {
            var (glance, b, r) = Fresh(before, after);
            if (!glance.DiffersAtRoot(b, r, request))
            {
                continue;
            }

            flagged++;
            var (full, fb, fr) = Fresh(before, after);
            if (full.Compare(fb.Key, fr.Key, request).Count == 0)
            {
                wrong.Add($"{before} -> {after} ({(request ? "request" : "response")})");
            }
        }

        Assert.That(wrong, Is.Empty, "told apart at a glance, yet the full comparison reports nothing");
        Assert.That(flagged, Is.GreaterThan(Pairs().Count() / 2), "most pairs of different schemas are told apart at a glance");
    }
}
