using System.Text;
using AtlasContract.Spec.Codegen;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Codegen;

/// <summary>
/// The manifest's codegen entries whose output lies in one project, one line each
/// (<c>name|fragment|nswag|transforms|output|className|namespace|surface|models|modelsNamespace</c>: full paths, the transform settings
/// ';'-separated in layering order, empty for a name the NSwag settings give; then the API surface the contract's models
/// join (<see cref="CodegenSurfaces"/>), its model file and namespace; in manifest order), for the MSBuild targets.
/// The file is rewritten only when its content changes, so an edit elsewhere in the manifest regenerates nothing.
/// </summary>
internal static class CodegenItems
{
    /// <summary>The lines of an items file, in order.</summary>
    public static IReadOnlyList<CodegenItem> Read(string itemsFile) =>
        File.ReadAllLines(itemsFile).Where(l => l.Length > 0).Select(l => l.Split('|')).Select(f => f.Length == 10
            ? new CodegenItem(f[0], f[1], f[2], f[3].Split(';', StringSplitOptions.RemoveEmptyEntries), f[4], f[5], f[6], f[7], f[8], f[9])
            : throw new InvalidDataException($"{itemsFile}: a line has {f.Length} fields, not 10 (rebuild to rewrite it)")).ToList();

    public static IReadOnlyList<string> Lines(ContractManifest manifest, string projectDir)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectDir)) + Path.DirectorySeparatorChar;
        var surfaces = CodegenSurfaces.Of(manifest);
        return manifest.Contracts
            .Where(c => c.Codegen is { } g && g.Output.Full.StartsWith(root, StringComparison.Ordinal))
            .Select(c => (Contract: c, Surface: surfaces.First(s => s.Contracts.Contains(c))))
            .Select(x => string.Join('|', x.Contract.Name, x.Contract.Fragment.Full, x.Contract.Codegen!.Nswag.Full, string.Join(';', x.Contract.Codegen.Transforms.Select(t => t.Full)), x.Contract.Codegen.Output.Full, x.Contract.Codegen.ClassName ?? string.Empty, x.Contract.Codegen.Namespace ?? string.Empty,
                x.Surface.Name, x.Surface.Models.Full, ModelsNamespace(manifest, x.Surface)))
            .ToList();
    }

    /// <summary>
    /// The model set's namespace: <c>codegenDefaults.namespace</c> + the surface name; without shared defaults, the
    /// surface's first contract's namespace + <c>.Models</c> (empty when the NSwag settings name it: the tool reads it there).
    /// </summary>
    public static string ModelsNamespace(ContractManifest manifest, CodegenSurface surface) =>
        manifest.CodegenDefaults?.Namespace is { } prefix ? prefix + "." + surface.Name
        : surface.Contracts[0].Codegen!.Namespace is { } own ? own + ".Models"
        : string.Empty;

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

/// <summary>One line of the items file: a contract's codegen inputs and the model set (surface) it joins.</summary>
internal sealed record CodegenItem(string Name, string Fragment, string Nswag, IReadOnlyList<string> Transforms, string Output, string ClassName, string Namespace, string Surface, string Models, string ModelsNamespace);
