using AtlasContract.Pact.Drivers;

namespace AtlasContract.Pact.Tests;

/// <summary>Records what the builder hands to a driver; matches or not as told.</summary>
internal sealed class FakeDriver(bool matches = true) : IPactDriver
{
    public List<PactModel> Started { get; } = [];

    public List<string> Written { get; } = [];

    public IMockServer Start(PactModel pact)
    {
        Started.Add(pact);
        return new Server(this, matches);
    }

    private sealed class Server(FakeDriver owner, bool matches) : IMockServer
    {
        public Uri BaseUri { get; } = new("http://127.0.0.1:1");

        public bool Matched() => matches;

        public string Mismatches() => matches ? "[]" : """[{"type":"missing-request"}]""";

        public void WritePact(string directory) => owner.Written.Add(directory);

        public void Dispose()
        {
        }
    }
}
