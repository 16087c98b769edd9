namespace AtlasContract.Tests.Shared;

/// <summary>Where the repository's files and the optional ../shared folder are, from any test's output folder.</summary>
internal static partial class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The real Atlas revisions beside the clone; the test is skipped, with the reason, when absent.</summary>
    public static string AtlasSpec(string revision)
    {
        var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "atlas"));
        var path = Path.Combine(dir, $"atlas-admin-v2.{revision}.yaml");
        if (!System.IO.File.Exists(path))
        {
            Assert.Ignore($"Skipped: {path} is absent. The real Atlas specs live in ../shared/atlas beside the clone (CI has them; a user's clone does not).");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "AtlasContract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AtlasContract.sln not found above " + AppContext.BaseDirectory);
    }
}
