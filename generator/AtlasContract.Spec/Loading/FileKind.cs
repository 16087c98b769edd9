using System.Runtime.InteropServices;

namespace AtlasContract.Spec.Loading;

/// <summary>What a path names. .NET reports devices and pipes as "Normal" files of length 0, so ask the kernel.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Other,
}

/// <summary>The kind of a path, symlinks followed (statx(2) on Linux; elsewhere directories and regular files only).</summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (!OperatingSystem.IsLinux())
        {
            return FileKind.Regular;
        }

        var mode = Mode(path);
        return mode is null ? FileKind.Regular : (mode.Value & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Other,
        };
    }

    private static unsafe int? Mode(string path)
    {
        var buffer = stackalloc byte[StatxSize];
        try
        {
            return Statx(AtFdCwd, path, 0, StatxType, buffer) == 0 ? *(ushort*)(buffer + ModeOffset) : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);
}
