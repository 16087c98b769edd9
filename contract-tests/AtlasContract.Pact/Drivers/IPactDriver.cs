namespace AtlasContract.Pact.Drivers;

/// <summary>What the builder needs from a Pact engine: start a mock server for a pact.</summary>
public interface IPactDriver
{
    IMockServer Start(PactModel pact);
}

/// <summary>A running mock server. Dispose it to stop it.</summary>
public interface IMockServer : IDisposable
{
    Uri BaseUri { get; }

    /// <summary>True when every expected request arrived and nothing unexpected did.</summary>
    bool Matched();

    /// <summary>The core's mismatch report (JSON), copied.</summary>
    string Mismatches();

    /// <summary>Writes (merges) the pact file into <paramref name="directory"/>.</summary>
    void WritePact(string directory);
}
