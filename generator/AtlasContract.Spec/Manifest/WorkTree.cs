namespace AtlasContract.Spec.Manifest;

/// <summary>
/// The folder a manifest's paths must stay in: the git work tree holding the manifest (the nearest folder above it
/// with a <c>.git</c> entry), else the manifest's own folder. Paths are compared with every symlink resolved, so a
/// link inside the repository that points outside it is outside.
/// </summary>
public static class WorkTree
{
    /// <summary>The work tree of the manifest in <paramref name="folder"/>, symlinks resolved.</summary>
    public static string Of(string folder)
    {
        var start = Real(Path.GetFullPath(folder));
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    /// <summary>True when <paramref name="path"/>, symlinks resolved, lies inside <paramref name="root"/> (itself resolved).</summary>
    public static bool Contains(string root, string path)
    {
        var real = Real(Path.GetFullPath(path));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return real.StartsWith(prefix, comparison) || string.Equals(real, root, comparison);
    }

    /// <summary>
    /// The path with every symlink among its existing leading components resolved (what <c>realpath -m</c>
    /// gives); the components that do not exist yet (an output to be written) are kept as written.
    /// </summary>
    public static string Real(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists)
            {
                return Path.Combine([current, .. parts[i..]]);
            }

            var hops = 0;
            while (info.LinkTarget is { } target)
            {
                if (++hops > 40)
                {
                    throw new IOException($"{next}: too many levels of symbolic links");
                }

                next = Path.GetFullPath(target, Path.GetDirectoryName(next)!);
                next = Real(next);
                info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            }

            current = next;
        }

        return current;
    }
}
