using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests;

public class PactsTests
{
    private static string Staged(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, """{ "interactions": [ { "description": "b" }, { "description": "a" } ] }""");
        return path;
    }

    [Test]
    public void Publish_DeclaredPact_MovedNormalisedToItsDeclaredPath()
    {
        var root = Directory.CreateTempSubdirectory("atlas-publish-").FullName;
        var staging = Directory.CreateDirectory(Path.Combine(root, "staging")).FullName;
        Staged(staging, "C-P.json");
        var declared = Path.Combine(root, "declared", "C-P.json");

        var undeclared = Pacts.Publish(staging, [declared], Path.Combine(root, "fallback"));

        Assert.That(undeclared, Is.Empty);
        Assert.That(File.ReadAllText(declared), Does.Match("\"a\"[\\s\\S]*\"b\""), "interactions sorted");
        Assert.That(Directory.GetFiles(staging), Is.Empty);
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public void Publish_PactNoContractDeclares_PublishedToTheFallbackAndNamed()
    {
        var root = Directory.CreateTempSubdirectory("atlas-publish-").FullName;
        var staging = Directory.CreateDirectory(Path.Combine(root, "staging")).FullName;
        Staged(staging, "C-New.json");

        var undeclared = Pacts.Publish(staging, [Path.Combine(root, "declared", "C-Other.json")], Path.Combine(root, "fallback"));

        Assert.That(undeclared, Is.EqualTo(new[] { "C-New.json" }));
        Assert.That(File.Exists(Path.Combine(root, "fallback", "C-New.json")), Is.True, "nothing a test recorded is deleted");
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public void ManifestPacts_FileNames_AreUniqueSoPublishCanMatchByName()
    {
        var declared = RepoPaths.Manifest.Contracts.SelectMany(c => c.Pacts).Select(p => Path.GetFileName(p.Full)).ToList();

        Assert.That(declared, Is.Unique, "two contracts cannot publish into one pact file name");
    }
}
