using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>
/// Downstream teams consume the client as a source-only package or as a library package (plus the opt-in
/// resilience package): all are packed into a local folder feed and consumer projects outside the repository,
/// without the repository's build settings, build against them with warnings as errors: a default
/// netstandard2.0 project (C# 7.3 unless the package raises it), a .NET Framework 4.7.2 project, and a strict
/// net10.0 project (Nullable, TreatWarningsAsErrors). Each imports the V1 and V2 namespaces together.
/// </summary>
[NonParallelizable]
public class PackagesTests
{
    [TestCase("AtlasContract.Client.Sources", "netstandard2.0", false)]
    [TestCase("AtlasContract.Client.Sources", "net472", false)]
    [TestCase("AtlasContract.Client.Sources", "net10.0", true)]
    [TestCase("AtlasContract.Client", "net472", false)]
    [TestCase("AtlasContract.Client", "net10.0", true)]
    [TestCase("AtlasContract.Client.Resilience", "net10.0", true)]
    public void Build_ConsumerOfThePackage_CompilesWithoutWarnings(string package, string framework, bool strict)
    {
        var dir = Consumer(package, framework, strict);

        DotNet.Run(dir, "build", "-nologo", "-v:q", "-warnaserror");
    }

    [Test]
    public void Restore_LibraryConsumer_PullsNeitherResilienceNorPolly()
    {
        var libraries = Restore(Consumer("AtlasContract.Client", "net10.0", strict: true));

        TestContext.Out.WriteLine($"net10.0 consumer of AtlasContract.Client: {libraries.Count - 1} transitive packages: {string.Join(", ", libraries)}");
        Assert.That(libraries, Has.None.StartsWith("Polly").And.None.StartsWith("Microsoft.Extensions.Http.Resilience").And.None.StartsWith("Microsoft.Extensions.Resilience"));
        Assert.That(libraries.Count - 1, Is.LessThan(31), "31 transitive packages before resilience became opt-in");
    }

    [Test]
    public void Restore_ResilienceConsumer_HasOnePollyVersion()
    {
        var libraries = Restore(Consumer("AtlasContract.Client.Resilience", "net10.0", strict: true));

        var polly = libraries.Where(l => l.StartsWith("Polly", StringComparison.Ordinal)).ToList();
        Assert.That(polly, Is.Not.Empty);
        Assert.That(polly.Select(l => l.Split('/')[1]).Distinct(), Has.Exactly(1).Items, string.Join(", ", polly));
    }

    [TestCase("AtlasContract.Client")]
    [TestCase("AtlasContract.Client.Sources")]
    [TestCase("AtlasContract.Client.Resilience")]
    public void Pack_Package_HasAReadmeAndADependencyGroupPerFramework(string package)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(PackageFeed.Folder, $"{package}.{PackageFeed.Version}.nupkg"));
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;

        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.That(metadata.Element(ns + "readme")?.Value, Is.EqualTo("README.md"));
        Assert.That(zip.GetEntry("README.md")?.Length, Is.GreaterThan(200));
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").Select(g => (string?)g.Attribute("targetFramework")).ToList();
        Assert.That(groups, Is.EquivalentTo(new[] { "net10.0", ".NETStandard2.0" }));
    }

    private string Consumer(string package, string framework, bool strict)
    {
        var dir = Directory.CreateDirectory(Path.Combine(PackageFeed.Work, $"{package}-{framework}")).FullName;
        PackageFeed.WriteNuGetConfig(dir);
        var settings = strict
            ? "<Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors><ImplicitUsings>disable</ImplicitUsings>"
            : string.Empty;
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{framework}</TargetFramework>
                {settings}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{PackageFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.cs"), ConsumerCode(resilience: package.EndsWith("Resilience", StringComparison.Ordinal)));
        return dir;
    }

    /// <summary>C# 7.3 code (a default netstandard2.0 or .NET Framework project) that is also clean under Nullable.</summary>
    private static string ConsumerCode(bool resilience) => $$"""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using AtlasContract.Client;
        using AtlasContract.Client.Auth;
        using AtlasContract.Client.DependencyInjection;
        using AtlasContract.Client.V1;
        using AtlasContract.Client.V2;
        using AtlasContract.Client.Users;
        using ApiError = AtlasContract.Client.V2.ApiError;
        using OrganizationInvitation = AtlasContract.Client.V2.OrganizationInvitation;
        using Microsoft.Extensions.DependencyInjection;
        {{(resilience ? "using AtlasContract.Client.Resilience;" : string.Empty)}}

        public static class Consumer
        {
        #pragma warning disable CS0618 // listOrgInvites is deprecated by Atlas
            public static async Task<int> CountAsync(IAtlasOrgInvitesClient client)
            {
                try
                {
                    var response = await client.ListOrgInvitesWithResponseAsync("32b6e34b3d91647abb20e7b8", "a+b@example.com");
                    int owners = response.Info.IsDeprecated ? 1000 : 0;
                    // one model set per API surface: the v2 clients share V2's models; v1.0 has its own (an alias picks one).
                    owners += new[] { typeof(ApiError), typeof(Link), typeof(GroupRoleAssignment), typeof(AtlasContract.Client.V1.ApiError), typeof(PaginatedOrgUserView) }.Length - 5;
                    foreach (OrganizationInvitation invitation in response.Value)
                    {
                        foreach (var role in invitation.Roles ?? Array.Empty<OrganizationRole>())
                        {
                            if (role == OrganizationRole.OrgOwner) owners++;
                        }
                    }

                    return owners;
                }
                catch (AtlasRateLimitedException ex)
                {
                    return -(int)(ex.RetryAfter ?? TimeSpan.Zero).TotalSeconds;
                }
                catch (AtlasException ex)
                {
                    return ex.Operation == "listOrgInvites" ? -1 : -2;
                }
            }

            public static async Task<int> LegacyAsync(ICloudManagerOrgInvitesClient client)
            {
                int count = 0;
                foreach (AtlasContract.Client.V1.OrganizationInvitation invitation in await client.GetOrgInvitesAsync("32b6e34b3d91647abb20e7b8"))
                {
                    count += invitation.Username == null ? 0 : 1;
                }

                return count;
            }
        #pragma warning restore CS0618

            public static string Codes(ApiError v2, AtlasContract.Client.V1.ApiError v1) => v2.ErrorCode + "/" + v1.ErrorCode;

            public static IServiceCollection Register(IServiceCollection services) =>
                services.AddAtlasInvitationsClient(o =>
                {
                    o.Credentials = AtlasCredentials.ServiceAccount("id", "secret");
                    o.BaseAddress = new Uri("http://127.0.0.1:8080");
                }{{(resilience ? ", http => http.AddAtlasResilience(r => r.MaxRetries = 2)" : string.Empty)}});

            public static AtlasOrgInvitesClient Direct() => new AtlasOrgInvitesClient(new HttpClient());
        }
        """;

    /// <summary>Restores the consumer; the packages of its closure as "Id/Version", the consumed package included.</summary>
    private static IReadOnlyList<string> Restore(string dir)
    {
        DotNet.Run(dir, "restore", "-nologo", "-v:q");
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).Order(StringComparer.Ordinal).ToList();
    }
}
