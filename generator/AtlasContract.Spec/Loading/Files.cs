using System.Text;

namespace AtlasContract.Spec.Loading;

/// <summary>
/// Reading and writing the tool's files safely: reads never go past a byte limit whatever the file is (a
/// device such as /dev/zero reports length 0 and never ends); writes replace a regular file atomically and
/// write through to anything else (/dev/null, /dev/stdout, a pipe), so a device is never replaced by a file.
/// </summary>
public static class Files
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>At most <paramref name="maxBytes"/> bytes of the file; more is an error naming the limit.</summary>
    public static byte[] ReadBounded(string path, long maxBytes)
    {
        var full = FullPath(path);
        long? size = null;
        switch (FileKinds.Of(full))
        {
            case FileKind.Missing:
                throw new SpecLoadException(path, "file not found");
            case FileKind.Directory:
                throw new SpecLoadException(path, "is a directory, not a file");
            case FileKind.Regular when new FileInfo(full).Length is var length && length > maxBytes:
                throw new SpecLoadException(path, $"file is {length:N0} bytes, over the {maxBytes:N0}-byte limit");
            case FileKind.Regular:
                size = new FileInfo(full).Length;
                break;
        }

        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            if (size is { } length)
            {
                // A regular file is read into one array of its size (4 MB specs: no second copy), unless it is not
                // as long as it said (it changed meanwhile, or is a /proc file reporting 0): then read on below.
                var whole = new byte[length];
                var filled = 0;
                int got;
                while (filled < whole.Length && (got = stream.Read(whole, filled, whole.Length - filled)) > 0)
                {
                    filled += got;
                }

                var more = filled == whole.Length ? stream.ReadByte() : -1;
                if (more < 0 && filled == whole.Length)
                {
                    return whole;
                }

                buffer.Write(whole, 0, filled);
                if (more >= 0)
                {
                    buffer.WriteByte((byte)more);
                }
            }

            var chunk = new byte[81920];
            int read;
            while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.Length > maxBytes ? throw new SpecLoadException(path, $"file is over the {maxBytes:N0}-byte limit") : buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SpecLoadException(path, "cannot read: " + ex.Message, inner: ex);
        }
    }

    /// <summary>
    /// Writes UTF-8 text to a file: a regular file (or a new one) is replaced atomically through a temporary file
    /// beside it, removed on any failure; a symlink keeps pointing where it did; devices and pipes are written
    /// through. A directory is refused.
    /// </summary>
    public static void Write(string path, string content)
    {
        var full = FullPath(path);
        var bytes = Utf8.GetBytes(content);
        switch (FileKinds.Of(full))
        {
            case FileKind.Directory:
                throw new SpecLoadException(path, "is a directory; name a file to write");
            case FileKind.Other:
                using (var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1))
                {
                    device.Write(bytes);
                }

                return;
        }

        var target = new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        var dir = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".atlas-contract-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the failure that brought us here is what gets reported.
            }
        }
    }

    private static string FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new SpecLoadException("''", "an empty path names no file");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new SpecLoadException(path, "not a valid path: " + ex.Message, inner: ex);
        }
    }
}
