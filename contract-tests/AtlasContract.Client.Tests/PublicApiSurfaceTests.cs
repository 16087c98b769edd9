using System.Reflection;
using System.Runtime.Loader;
using AtlasContract.Tests.Shared;
using Snapshooter;
using Snapshooter.NUnit;

namespace AtlasContract.Client.Tests;

/// <summary>
/// What downstream teams compile against, per target framework of the package: any change to it shows up as a
/// snapshot diff in review. The netstandard2.0 build is loaded from the client's output into its own load context.
/// </summary>
public class PublicApiSurfaceTests
{
    [Test]
    public void PublicApi_ClientAssemblyNet10_MatchesSnapshot()
    {
        var surface = PublicApiSurface.Describe(typeof(OrganizationRole).Assembly);

        Snapshot.Match(surface, SnapshotNameExtension.Create("net10.0"));
    }

    [Test]
    public void PublicApi_ClientAssemblyNetStandard20_MatchesSnapshot()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = RepoPaths.File("src", "AtlasContract.Client", "bin", configuration, "netstandard2.0", "AtlasContract.Client.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is missing: the test project builds it (ProjectReference with SetTargetFramework)");
        var context = new AssemblyLoadContext("netstandard2.0 client", isCollectible: true);
        try
        {
            var surface = PublicApiSurface.Describe(context.LoadFromAssemblyPath(dll));

            Snapshot.Match(surface, SnapshotNameExtension.Create("netstandard2.0"));
        }
        finally
        {
            context.Unload();
        }
    }

    [Test]
    public void Describe_BaseClassHooks_ListsProtectedMembersModifiersAndNullability()
    {
        var surface = PublicApiSurface.Describe(typeof(OrganizationRole).Assembly);

        Assert.That(surface, Does.Contain("abstract class AtlasContract.Client.AtlasClientBase"));
        Assert.That(surface, Has.Some.StartsWith("  protected System.Threading.Tasks.Task<AtlasContract.Client.Versioning.AtlasResponseInfo> ProcessResponseAsync(AtlasContract.Client.AtlasHttpClient client, System.Net.Http.HttpResponseMessage response"));
        Assert.That(surface, Has.Some.EqualTo("  Microsoft.Extensions.Logging.ILogger? Logger { protected get; }"));
        Assert.That(surface, Has.Some.StartsWith("  protected static AtlasContract.Client.AtlasResponse<T> Respond<T>("));
        Assert.That(surface, Has.Some.StartsWith("sealed class AtlasContract.Client.AtlasNotFoundException"));
    }
}
