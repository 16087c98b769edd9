using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Sample;

/// <summary>The runnable sample works for a newcomer with no Atlas account: against the pact stub.</summary>
public class SampleTests
{
    [Test]
    public void Sample_NoCredentials_ListsInvitationsFromThePactStub()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = RepoPaths.File("samples", "AtlasContract.Sample", "bin", configuration, "net10.0", "AtlasContract.Sample.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is missing: build the solution first");
        var unset = new[] { "MONGODB_ATLAS_CLIENT_ID", "MONGODB_ATLAS_CLIENT_SECRET", "MONGODB_ATLAS_PUBLIC_KEY", "MONGODB_ATLAS_PRIVATE_KEY", "MONGODB_ATLAS_ORG_ID" }.ToDictionary(n => n, _ => (string?)null);

        var (exit, output) = ProcessRunner.Run("dotnet", [dll], RepoPaths.Root, unset, TimeSpan.FromSeconds(60));

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("using the local stand-in (pact stub)").And.Contain("1 pending invitation(s)").And.Contain("jane.smith@example.com").And.Contain("served version 2023-01-01"));
    }
}
