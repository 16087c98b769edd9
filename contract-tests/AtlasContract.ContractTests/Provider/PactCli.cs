using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Provider;

/// <summary>The pinned `pact` CLI from npm (@pact-foundation/pact-cli-linux-x64).</summary>
internal static class PactCli
{
    public static string Path
    {
        get
        {
            var path = RepoPaths.File("node_modules", "@pact-foundation", "pact-cli-linux-x64", "standalone", "pact");
            return File.Exists(path) ? path : throw new AssertionException($"{path} is missing: run `npm ci` in the repository root.");
        }
    }

    public static (int Exit, string Output) Verify(string pactFile, int port) =>
        ProcessRunner.Run(Path, ["verifier", "--file", pactFile, "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--state-change-url", $"http://127.0.0.1:{port}{SeedProvider.StatePath}", "--no-colour", "--loglevel", "warn"], timeout: TimeSpan.FromSeconds(60));
}
