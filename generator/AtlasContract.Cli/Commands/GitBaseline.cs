using AtlasContract.Spec.Gate;

namespace AtlasContract.Cli.Commands;

/// <summary>The baseline as committed on a git ref; paths are relative to the manifest's folder.</summary>
internal sealed class GitBaseline(string root, string reference) : IBaselineSource
{
    public string Name => reference;

    public string? ReadText(string relative) =>
        Git.FileExists(root, reference, relative)
            ? Git.Show(root, reference, relative) ?? throw new IOException($"git show {reference}:{relative} failed in {root}")
            : null;

    public string Describe(string relative) => $"{reference}:{relative}";
}

/// <summary><c>--baseline FILE</c>: one fragment's baseline; it covers only the fragment of the same file name.</summary>
internal sealed class FileBaseline(string path, string display) : IBaselineSource
{
    public string Name => display;

    public bool Covers(string relative) => Path.GetFileName(relative) == Path.GetFileName(path);

    public string? ReadText(string relative) => Covers(relative) ? File.ReadAllText(path) : null;

    public string Describe(string relative) => display;
}
