using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Sample;

/// <summary>
/// The runnable sample works for a newcomer with no Atlas account (against the pact stub), can be pointed at
/// another host and token endpoint, and ends every failure in one line with a non-zero exit.
/// </summary>
public class SampleTests
{
    private static readonly string[] Variables = ["MONGODB_ATLAS_CLIENT_ID", "MONGODB_ATLAS_CLIENT_SECRET", "MONGODB_ATLAS_PUBLIC_KEY", "MONGODB_ATLAS_PRIVATE_KEY", "MONGODB_ATLAS_ORG_ID", "MONGODB_ATLAS_BASE_URL", "MONGODB_ATLAS_TOKEN_URL"];

    [Test]
    public void Sample_NoCredentials_ListsInvitationsFromThePactStub()
    {
        var (exit, output) = RunSample([]);

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("using the local stand-in (pact stub)").And.Contain("1 pending invitation(s)").And.Contain("jane.smith@example.com").And.Contain("served version 2023-01-01"));
    }

    [Test]
    public void Sample_HostFromTheEnvironment_SendsTokenAndListRequestsThere()
    {
        using var server = new LoopbackServer(r => r.Path == "/api/oauth/token"
            ? new CannedResponse(200, """{"access_token":"t","expires_in":3600}""", "application/json")
            : new CannedResponse(200, "[]"));

        var (exit, output) = RunSample([], Environment(("MONGODB_ATLAS_BASE_URL", server.BaseUri.ToString()), ("MONGODB_ATLAS_CLIENT_ID", "id"), ("MONGODB_ATLAS_CLIENT_SECRET", "secret"), ("MONGODB_ATLAS_ORG_ID", "32b6e34b3d91647abb20e7b8")));

        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(server.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", "/api/atlas/v2/orgs/32b6e34b3d91647abb20e7b8/invites" }));
        Assert.That(output, Does.Contain("0 pending invitation(s)"));
    }

    [TestCase("MONGODB_ATLAS_PUBLIC_KEY", "MONGODB_ATLAS_PRIVATE_KEY")]
    [TestCase("MONGODB_ATLAS_CLIENT_SECRET", "MONGODB_ATLAS_CLIENT_ID")]
    public void Sample_HalfACredentialPair_NamesTheMissingVariableAndExitsTwo(string set, string missing)
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));

        var (exit, output) = RunSample(["--host", server.BaseUri.ToString(), "--org", "32b6e34b3d91647abb20e7b8"], Environment((set, "value-never-shown")));

        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(output.Trim().Split('\n'), Has.Exactly(1).Items.And.Exactly(1).Contains($"{missing} is not set but {set} is"));
        Assert.That(server.Requests, Is.Empty, "no call without credentials");
        Assert.That(output, Does.Not.Contain("value-never-shown"));
    }

    [Test]
    public void Sample_TokenRefused_OneLineAndExitOne()
    {
        using var server = new LoopbackServer(new CannedResponse(401, """{"error":"invalid_client"}""", "application/json"));

        var (exit, output) = RunSample(["--host", server.BaseUri.ToString(), "--org", "32b6e34b3d91647abb20e7b8"], Environment(("MONGODB_ATLAS_CLIENT_ID", "id"), ("MONGODB_ATLAS_CLIENT_SECRET", "secret-never-shown")));

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output.Trim().Split('\n'), Has.Exactly(1).Items.And.Exactly(1).StartsWith("error: listOrgInvites: "));
        Assert.That(output, Does.Contain("invalid_client").And.Not.Contain("secret-never-shown").And.Not.Contain("   at "));
    }

    [Test]
    public void Sample_NothingListeningAtTheHost_OneLineAndExitOne()
    {
        var closed = new LoopbackServer(new CannedResponse(200, "[]"));
        var host = closed.BaseUri.ToString();
        closed.Dispose();

        var (exit, output) = RunSample(["--host", host, "--org", "32b6e34b3d91647abb20e7b8"]);

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output.Trim().Split('\n'), Has.Exactly(1).Items.And.Exactly(1).StartsWith("error: listOrgInvites: GET "));
    }

    [TestCase("--host", "not a url", "--host (or MONGODB_ATLAS_BASE_URL): 'not a url' is not an absolute http(s) URL")]
    [TestCase("--org", "../etc", "orgId")]
    [TestCase("--port", "1", "unknown argument '--port' (at position 1)")]
    public void Sample_BadOption_OneLineAndExitTwo(string option, string value, string message)
    {
        var (exit, output) = RunSample([option, value, .. option == "--org" ? new[] { "--host", "http://127.0.0.1:9" } : []]);

        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(output.Trim().Split('\n'), Has.Exactly(1).Items.And.Exactly(1).StartsWith("error: ").And.Exactly(1).Contains(message));
    }

    private static IReadOnlyDictionary<string, string?> Environment(params (string Name, string Value)[] set) =>
        Variables.ToDictionary(n => n, n => (string?)set.FirstOrDefault(s => s.Name == n).Value);

    private static (int Exit, string Output) RunSample(string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = RepoPaths.File("samples", "AtlasContract.Sample", "bin", configuration, "net10.0", "AtlasContract.Sample.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is missing: build the solution first");
        return ProcessRunner.Run("dotnet", [dll, .. args], RepoPaths.Root, environment ?? Environment(), TimeSpan.FromSeconds(60));
    }
}
