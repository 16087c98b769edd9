using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>
/// Downstream teams consume the client as a source-only package or as a library package: both are packed
/// into a local folder feed and a small consumer project outside the repository builds against each, with
/// warnings as errors and without the repository's build settings.
/// </summary>
[NonParallelizable]
public class PackagesTests
{
    private static readonly string Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
    private string _work = null!;

    [OneTimeSetUp]
    public void PackBoth()
    {
        _work = Directory.CreateTempSubdirectory("atlas-packages-").FullName;
        foreach (var project in new[] { "AtlasContract.Client", "AtlasContract.Client.Sources" })
        {
            Run(RepoPaths.Root, "pack", RepoPaths.File("src", project), "-c", "Release", "-o", Path.Combine(_work, "feed"), $"-p:PackageVersion={Version}", "-nologo", "-v:q");
        }
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_work, recursive: true);

    [TestCase("AtlasContract.Client.Sources", "net10.0")]
    [TestCase("AtlasContract.Client.Sources", "netstandard2.0")]
    [TestCase("AtlasContract.Client", "net10.0")]
    public void Build_ConsumerOfThePackage_Compiles(string package, string framework)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work, $"{package}-{framework}")).FullName;
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Path.Combine(_work, "feed")}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{framework}</TargetFramework>
                <LangVersion>latest</LangVersion>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>CS0618</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.cs"), """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using AtlasContract.Client;
            using AtlasContract.Client.Auth;
            using AtlasContract.Client.DependencyInjection;
            using AtlasContract.Client.V2;
            using Microsoft.Extensions.DependencyInjection;

            public static class Consumer
            {
                public static async Task<int> CountAsync(IAtlasOrgInvitesClient client)
                {
                    try
                    {
                        var invitations = await client.ListOrgInvitesAsync("32b6e34b3d91647abb20e7b8", "a+b@example.com");
                        int owners = 0;
                        foreach (var invitation in invitations)
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
                }

                public static IServiceCollection Register(IServiceCollection services) =>
                    services.AddAtlasInvitationsClient(o => o.Credentials = AtlasCredentials.ServiceAccount("id", "secret"));

                public static AtlasOrgInvitesClient Direct() => new AtlasOrgInvitesClient(new HttpClient());
            }
            """);

        Run(dir, "build", "-nologo", "-v:q");
    }

    private static void Run(string directory, params string[] args)
    {
        var (exit, output) = ProcessRunner.Run("dotnet", args, directory, timeout: TimeSpan.FromMinutes(5));

        Assert.That(exit, Is.EqualTo(0), $"dotnet {string.Join(' ', args)} in {directory} failed:\n{output}");
    }
}
