using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>
/// Packs the client packages once for every packaging test (this namespace): a local folder feed in a temp
/// folder, a version unique to the run (never a cached package, no clock read), deleted at the end.
/// </summary>
[SetUpFixture]
public class PackageFeed
{
    /// <summary>The packages a downstream team references, each packed from src/.</summary>
    public static readonly string[] Packages = ["AtlasContract.Client", "AtlasContract.Client.Sources", "AtlasContract.Client.Resilience"];

    public static readonly string Version = $"0.1.0-test.g{Guid.NewGuid():N}";

    private static string? _work;

    /// <summary>The temp folder the feed and the consumer projects live in.</summary>
    public static string Work => _work ?? throw new InvalidOperationException("the package feed is packed by the SetUpFixture of this namespace");

    public static string Folder => Path.Combine(Work, "feed");

    [OneTimeSetUp]
    public void PackAll()
    {
        _work = Directory.CreateTempSubdirectory("atlas-packages-").FullName;
        foreach (var project in Packages)
        {
            // --no-build: the packages of the Release build the tests run after (test.sh builds the solution first).
            DotNet.Run(RepoPaths.Root, "pack", RepoPaths.File("src", project), "-c", "Release", "--no-build", "-o", Folder, $"-p:PackageVersion={Version}", "-nologo", "-v:q");
        }
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (_work is not null)
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    /// <summary>A nuget.config that makes the feed the only source (restores see nothing else of ours).</summary>
    public static void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
}
