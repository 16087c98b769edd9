namespace AtlasContract.Client.Tests;

/// <summary>The seeds' example responses (v2 reference page, Cloud Manager v1.0 page), as test fixtures.</summary>
internal static class Fixtures
{
    public const string OrgId = "32b6e34b3d91647abb20e7b8";

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
