using AtlasContract.Spec.Codegen;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Tests.Codegen;

/// <summary>API surfaces: which contracts share one model set, derived from the fragments (never from a list).</summary>
public class CodegenSurfacesTests
{
    private DirectoryInfo _root = null!;

    [SetUp]
    public void CreateRepository() => _root = Directory.CreateTempSubdirectory("atlas-surface-tests-");

    [TearDown]
    public void RemoveRepository() => _root.Delete(recursive: true);

    [TestCase("/api/atlas/v2/orgs/{orgId}/users", "/api/atlas/v2")]
    [TestCase("/api/public/v1.0/orgs/{ORG-ID}/invites", "/api/public/v1.0")]
    [TestCase("/v3/things", "/v3")]
    [TestCase("/api/atlas/orgs", null)]
    public void Root_Path_PrefixUpToTheFirstVersionSegment(string path, string? root)
    {
        Assert.That(CodegenSurfaces.Root(path), Is.EqualTo(root));
    }

    [TestCase("/api/atlas/v2", "V2")]
    [TestCase("/api/public/v1.0", "V1")]
    [TestCase("/api/x/v1.5", "V1_5")]
    public void Name_VersionRoot_PascalCaseVersion(string root, string name)
    {
        Assert.That(CodegenSurfaces.Name(root), Is.EqualTo(name));
    }

    [Test]
    public void Of_FragmentsUnderTwoVersionRoots_OneSurfaceEachInManifestOrder()
    {
        Write("spec/a.yaml", Fragment("/api/x/v2/a"));
        Write("spec/b.yaml", Fragment("/api/x/v1.0/b"));
        Write("spec/c.yaml", Fragment("/api/x/v2/c/{id}"));
        var manifest = Manifest(("a", "A", null), ("b", "B", null), ("c", "C", null));

        var surfaces = CodegenSurfaces.Of(manifest);

        Assert.That(surfaces.Select(s => (s.Name, string.Join(",", s.Contracts.Select(c => c.Name)), s.Models.Relative)),
            Is.EqualTo(new[] { ("V2", "a,c", "src/Generated/V2.Models.g.cs"), ("V1", "b", "src/Generated/V1.Models.g.cs") }));
    }

    [Test]
    public void Of_DeclaredSurface_JoinsThatModelSet()
    {
        Write("spec/a.yaml", Fragment("/api/x/v2/a"));
        Write("spec/b.yaml", Fragment("/other/b"));
        var manifest = Manifest(("a", "A", null), ("b", "B", "V2"));

        Assert.That(CodegenSurfaces.Of(manifest).Single().Contracts.Select(c => c.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Of_NoVersionRoot_ContractIsItsOwnSurface()
    {
        Write("spec/a.yaml", Fragment("/things"));
        var manifest = Manifest(("things-api", "A", null));

        Assert.That(CodegenSurfaces.Of(manifest).Single().Name, Is.EqualTo("ThingsApi"));
    }

    [Test]
    public void Of_TwoRootsWithOneName_FailsNamingBothContracts()
    {
        Write("spec/a.yaml", Fragment("/api/x/v2/a"));
        Write("spec/b.yaml", Fragment("/api/y/v2/b"));
        var manifest = Manifest(("a", "A", null), ("b", "B", null));

        var error = Assert.Throws<InvalidDataException>(() => CodegenSurfaces.Of(manifest));

        Assert.That(error!.Message, Does.Contain("'a' (/api/x/v2)").And.Contain("'b' (/api/y/v2)").And.Contain("codegen.surface"));
    }

    [Test]
    public void VersionRoot_PathsUnderTwoVersions_FailsNamingBoth()
    {
        Write("spec/a.yaml", Fragment("/api/x/v2/a", "/api/x/v1.0/a"));

        var error = Assert.Throws<InvalidDataException>(() => CodegenSurfaces.VersionRoot(Path.Combine(_root.FullName, "spec/a.yaml")));

        Assert.That(error!.Message, Does.Contain("/api/x/v2").And.Contain("/api/x/v1.0"));
    }

    [Test]
    public void VersionRoot_NoVersionedPath_ReadsTheServer()
    {
        Write("spec/a.yaml", "openapi: 3.0.1\nservers:\n  - url: https://example.com/api/v4\npaths:\n  /things: {}\n");

        Assert.That(CodegenSurfaces.VersionRoot(Path.Combine(_root.FullName, "spec/a.yaml")), Is.EqualTo("/api/v4"));
    }

    private static string Fragment(params string[] paths) =>
        "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n" + string.Concat(paths.Select(p => $"  {p}: {{}}\n"));

    private ContractManifest Manifest(params (string Name, string Output, string? Surface)[] contracts)
    {
        Write("generator/codegen/a.nswag", "{}");
        Write("generator/codegen/a.json", "{}");
        var letters = "abcdefgh";
        var entries = contracts.Select((c, i) =>
            $"  - name: {c.Name}\n    fragment: spec/{letters[i]}.yaml\n    codegen: {{ nswag: generator/codegen/a.nswag, transform: generator/codegen/a.json, output: src/Generated/{c.Output}.g.cs{(c.Surface is null ? string.Empty : ", surface: " + c.Surface)} }}\n");
        Write(ContractManifest.FileName, "contracts:\n" + string.Concat(entries) + "allow: []\n");
        return ContractManifest.Load(Path.Combine(_root.FullName, ContractManifest.FileName));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
