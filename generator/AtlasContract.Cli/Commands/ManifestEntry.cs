using System.Text;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;
using AtlasContract.Spec.Slicing;

namespace AtlasContract.Cli.Commands;

/// <summary>
/// <c>add --operation</c>: writes a new contract's entry into the manifest, keeping the file's comments and
/// layout (the entry is inserted at the end of <c>contracts:</c>). Only what differs from <c>codegenDefaults</c> is
/// written: the output file (which names the client class). Nothing is written unless every operation exists
/// in the full spec and the resulting manifest loads.
/// </summary>
internal static partial class ManifestEntry
{
    /// <returns>The contract's name.</returns>
    public static string Declare(string manifestPath, SpecDocument full, string specPath, IReadOnlyList<string> operations, string? name)
    {
        var manifest = ContractManifest.Load(manifestPath, fragmentsMayBeMissing: true);
        var defaults = manifest.CodegenDefaults is { Output: not null, Namespace: not null } d
            ? d
            : throw new SpecLoadException(manifest.Path, "codegenDefaults: needs nswag, transform, output and namespace for add --operation");
        foreach (var id in operations)
        {
            _ = SpecSlicer.Slice(full, id); // an unknown operationId fails here, before anything is written
        }

        name ??= operations[0];
        if (manifest.Contracts.FirstOrDefault(c => c.Name == name) is { } existing)
        {
            var declared = existing.Upstream?.Operations ?? [];
            return declared.Order().SequenceEqual(operations.Order())
                ? name
                : throw new SpecLoadException(manifest.Path, $"contract '{name}' exists with operations [{string.Join(", ", declared)}]: edit its upstream.operations, then run add --contract {name}");
        }

        var className = "Atlas" + CodegenDefaults.TypeName(name) + "Client";
        var fragmentFolder = manifest.Contracts.Where(c => c.Upstream is { Operations.Count: > 0 })
            .Select(c => Path.GetDirectoryName(c.Fragment.Relative)!.Replace('\\', '/'))
            .GroupBy(f => f).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "spec";
        var entry = new StringBuilder()
            .Append("  - name: ").Append(name).Append('\n')
            .Append("    fragment: ").Append(fragmentFolder).Append('/').Append(name).Append(".yaml\n")
            .Append("    upstream:\n")
            .Append("      operations: [").Append(string.Join(", ", operations)).Append("]\n")
            .Append("      source: ").Append(Quote(Path.GetRelativePath(manifest.Directory, Path.GetFullPath(specPath)).Replace('\\', '/'))).Append('\n')
            .Append("    codegen:\n")
            .Append("      output: ").Append(defaults.Output!.Relative).Append(className).Append(".g.cs\n")
            .Append("    pacts: []\n")
            .ToString();
        var text = Insert(File.ReadAllText(manifestPath), entry, manifest.Path);
        _ = ContractManifest.From(SpecLoader.Parse(text, manifest.Path).Root, manifest.Path, manifest.Directory, manifest.Path, fragmentsMayBeMissing: true);
        var temp = manifestPath + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, manifestPath, overwrite: true);
        return name;
    }

    /// <summary>The entry after the last line of the top-level <c>contracts:</c> list (before the next top-level key and its comments).</summary>
    private static string Insert(string text, string entry, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => ContractsKey().IsMatch(l));
        if (start < 0)
        {
            throw new SpecLoadException(source, "contracts: not found as a block list (add --operation edits the file in place)");
        }

        var end = lines.FindIndex(start + 1, l => TopLevelKey().IsMatch(l));
        end = end < 0 ? lines.Count : end;
        while (end - 1 > start && (lines[end - 1].StartsWith('#') || lines[end - 1].Trim().Length == 0))
        {
            end--;
        }

        lines.Insert(end, entry.TrimEnd('\n'));
        return string.Join('\n', lines);
    }

    private static string Quote(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"^contracts:\s*(#.*)?$")]
    private static partial Regex ContractsKey();

    [GeneratedRegex(@"^[A-Za-z_]")]
    private static partial Regex TopLevelKey();
}
