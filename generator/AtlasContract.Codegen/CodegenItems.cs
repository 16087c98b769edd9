using System.Text;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Codegen;

/// <summary>
/// The manifest's codegen entries whose output lies in one project, one line each
/// (<c>name|fragment|nswag|transforms|output|className|namespace</c>: full paths, the transform settings
/// ';'-separated in layering order, empty for a name the NSwag settings give; in manifest order), for the MSBuild targets.
/// The file is rewritten only when its content changes, so an edit elsewhere in the manifest regenerates nothing.
/// </summary>
internal static class CodegenItems
{
    public static IReadOnlyList<string> Lines(ContractManifest manifest, string projectDir)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectDir)) + Path.DirectorySeparatorChar;
        return manifest.Contracts
            .Where(c => c.Codegen is { } g && g.Output.Full.StartsWith(root, StringComparison.Ordinal))
            .Select(c => string.Join('|', c.Name, c.Fragment.Full, c.Codegen!.Nswag.Full, string.Join(';', c.Codegen.Transforms.Select(t => t.Full)), c.Codegen.Output.Full, c.Codegen.ClassName ?? string.Empty, c.Codegen.Namespace ?? string.Empty))
            .ToList();
    }

    public static void Write(string manifestPath, string projectDir, string output)
    {
        var text = string.Concat(Lines(ContractManifest.Load(manifestPath), projectDir).Select(l => l + "\n"));
        if (File.Exists(output) && File.ReadAllText(output) == text)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, text, new UTF8Encoding(false));
    }
}
