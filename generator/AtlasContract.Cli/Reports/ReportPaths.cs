namespace AtlasContract.Cli.Reports;

/// <summary>Paths as reports show them: relative to the repository (or the current folder), '/'-separated; never an absolute local path.</summary>
internal static class ReportPaths
{
    public static string Display(string path, string? root = null)
    {
        var full = Path.GetFullPath(path);
        var start = Path.GetFullPath(root ?? Environment.CurrentDirectory);
        var relative = Path.GetRelativePath(start, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(full) : relative).Replace('\\', '/');
    }
}
