using System.Diagnostics;
using System.Text;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// One <c>git cat-file --batch</c> process: each request names <c>commit:path</c> (the path from the repository's top,
/// so relative paths need no work tree) and gets the blob's bytes back, or nothing when the path is missing or is not a
/// file.
/// </summary>
internal sealed class GitBatch : IDisposable
{
    private readonly Process _process;
    private readonly Stream _output;
    private readonly string _commit;
    private readonly string _prefix;
    private readonly string _root;

    private GitBatch(Process process, string root, string commit, string prefix)
    {
        _root = root;
        _process = process;
        _output = process.StandardOutput.BaseStream;
        _commit = commit;
        _prefix = prefix;
    }

    /// <returns>The reader, or null when git, the repository or the ref is missing.</returns>
    public static GitBatch? Open(string root, string reference)
    {
        if (Git.RevParse(root, "--verify", "--quiet", reference + "^{commit}") is not { } commit
            || Git.RevParse(root, "--show-prefix") is not { } prefix)
        {
            return null;
        }

        var start = new ProcessStartInfo("git", ["-C", root, "cat-file", "--batch"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        process.StandardInput.NewLine = "\n";
        return new GitBatch(process, root, commit, prefix);
    }

    /// <returns>The file's text (UTF-8), or null when <paramref name="relative"/> is not a file in the commit.</returns>
    /// <exception cref="IOException">git could not answer (it died, or the tree lists a file whose content is not
    /// here, as in a partial clone): a read that failed is never taken for a file that is not there.</exception>
    public string? ReadBlob(string relative)
    {
        if (TopPath(_prefix, relative) is not { } path || path.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        _process.StandardInput.WriteLine($"{_commit}:{path}");
        _process.StandardInput.Flush();
        var line = ReadLine();
        var header = line.Split(' ');
        if (header is [_, "missing"])
        {
            // Confirm with the tree: a blob it lists that cat-file cannot produce is a failed read, not an absence.
            return Git.ListsFile(_root, _commit, path) switch
            {
                false => null,
                true => throw new IOException($"git cat-file: {_commit}:{path} is in the tree but its content is not available here (a partial or shallow clone?)"),
                null => throw new IOException($"git ls-tree {_commit} -- {path} failed in {_root}"),
            };
        }

        if (header.Length != 3 || !long.TryParse(header[2], out var size))
        {
            throw new IOException($"git cat-file --batch answered '{line}' for {_commit}:{path}");
        }

        var content = new byte[size];
        _output.ReadExactly(content);
        _ = ReadLine(); // the newline after every object
        return header[1] == "blob" ? new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF') : null;
    }

    /// <summary>The path from the repository's top: the manifest folder's prefix joined with the relative path, <c>..</c> resolved.</summary>
    internal static string? TopPath(string prefix, string relative)
    {
        var parts = new List<string>();
        foreach (var part in (prefix + relative.Replace('\\', '/')).Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null; // above the repository
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private string ReadLine()
    {
        var line = new List<byte>();
        for (var b = _output.ReadByte(); b != '\n'; b = _output.ReadByte())
        {
            if (b == -1)
            {
                throw new IOException($"git cat-file --batch ended unexpectedly in {_root}");
            }

            line.Add((byte)b);
        }

        return Encoding.UTF8.GetString(line.ToArray());
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            _process.WaitForExit(5000);
        }
        finally
        {
            _process.Dispose();
        }
    }
}
