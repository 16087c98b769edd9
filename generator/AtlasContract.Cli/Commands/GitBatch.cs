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

    private GitBatch(Process process, string commit, string prefix)
    {
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
        return new GitBatch(process, commit, prefix);
    }

    /// <returns>The file's text (UTF-8), or null when <paramref name="relative"/> is not a file in the commit.</returns>
    public string? ReadBlob(string relative)
    {
        if (TopPath(_prefix, relative) is not { } path || path.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        _process.StandardInput.WriteLine($"{_commit}:{path}");
        _process.StandardInput.Flush();
        var header = ReadLine().Split(' ');
        if (header.Length < 3 || !long.TryParse(header[^1], out var size))
        {
            return null; // "<name> missing" (or ambiguous): not in the commit
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
        for (var b = _output.ReadByte(); b is not (-1 or '\n'); b = _output.ReadByte())
        {
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
