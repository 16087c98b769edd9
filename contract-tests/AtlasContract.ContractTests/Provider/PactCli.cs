using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Provider;

/// <summary>The pinned `pact` CLI from npm (the @pact-foundation/pact-cli package of this OS and CPU).</summary>
internal static class PactCli
{
    public static string Path => PactCliPath.Executable;

    public static (int Exit, string Output) Verify(string pactFile, int port) =>
        ProcessRunner.Run(Path, ["verifier", "--file", pactFile, "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--state-change-url", $"http://127.0.0.1:{port}{SeedProvider.StatePath}", "--no-colour", "--loglevel", "warn"], timeout: TimeSpan.FromSeconds(60));
}
