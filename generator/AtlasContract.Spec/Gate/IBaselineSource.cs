namespace AtlasContract.Spec.Gate;

/// <summary>
/// What the change under review is compared with: files as they are on the baseline (a git ref, a folder laid out
/// like the repository). Paths are repository-relative with '/' separators.
/// </summary>
public interface IBaselineSource
{
    /// <summary>How reports name the baseline ("origin/main", "baseline/").</summary>
    string Name { get; }

    /// <summary>The file's text on the baseline, or null when the baseline has no such file.</summary>
    string? ReadText(string relative);

    /// <summary>How reports name one file of the baseline ("origin/main:spec/a.yaml").</summary>
    string Describe(string relative);

    /// <summary>False when this baseline holds one fragment only and <paramref name="relative"/> is another.</summary>
    bool Covers(string relative) => true;
}

/// <summary>A folder laid out like the repository (<c>--baseline DIR</c>).</summary>
public sealed class DirectoryBaseline(string directory, string display) : IBaselineSource
{
    public string Name { get; } = display;

    public string? ReadText(string relative)
    {
        var path = Path.Combine(directory, relative);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public string Describe(string relative) => Name.TrimEnd('/') + "/" + relative;
}
