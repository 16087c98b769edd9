using AtlasContract.Spec.Gate;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// The baseline as committed on a git ref; paths are relative to the manifest's folder. Every file of a run is read
/// through one <c>git cat-file --batch</c> process (one spawn per run, not two per file), pinned to the commit the ref
/// named when the first file was read.
/// </summary>
internal sealed class GitBaseline(string root, string reference) : IBaselineSource, IDisposable
{
    private GitBatch? _batch;

    public string Name => reference;

    public string? ReadText(string relative)
    {
        _batch ??= GitBatch.Open(root, reference) ?? throw new IOException($"git cat-file --batch could not read {reference} in {root}");
        return _batch.ReadBlob(relative);
    }

    public string Describe(string relative) => $"{reference}:{relative}";

    public void Dispose() => _batch?.Dispose();
}

/// <summary><c>--baseline FILE</c>: one fragment's baseline; it covers only the fragment of the same file name.</summary>
internal sealed class FileBaseline(string path, string display) : IBaselineSource
{
    public string Name => display;

    public bool Covers(string relative) => Path.GetFileName(relative) == Path.GetFileName(path);

    public string? ReadText(string relative) => Covers(relative) ? File.ReadAllText(path) : null;

    public string Describe(string relative) => display;
}
