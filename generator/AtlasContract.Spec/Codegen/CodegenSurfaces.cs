using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Codegen;

/// <summary>
/// One API surface of a client project: the contracts whose operations share one API version root
/// (<c>/api/atlas/v2</c>, <c>/api/public/v1.0</c>), generated into one model set (<see cref="Models"/>,
/// namespace <c>{codegenDefaults.namespace}.{Name}</c>) that each contract's client file uses.
/// </summary>
/// <param name="Name">The surface's .NET name (<c>V2</c>; <c>codegen.surface</c> when declared).</param>
/// <param name="Models">The generated model file, <c>{Name}.Models.g.cs</c> beside the first contract's output.</param>
/// <param name="Contracts">Its contracts, in manifest order (the first to declare a schema keeps its plain name).</param>
public sealed record CodegenSurface(string Name, RepoFile Models, IReadOnlyList<ContractEntry> Contracts);

/// <summary>
/// Groups the manifest's codegen contracts into API surfaces, from the fragments themselves: the version root of a
/// fragment is its paths' prefix up to the first version segment (<c>v2</c>, <c>v1.0</c>), or the first server URL's
/// when no path has one. An explicit <c>codegen.surface</c> wins; a fragment with no version root is a surface of its own.
/// </summary>
public static partial class CodegenSurfaces
{
    /// <summary>Every surface of the manifest, in the order of their first contracts.</summary>
    public static IReadOnlyList<CodegenSurface> Of(ContractManifest manifest)
    {
        var keyed = new List<(string Folder, string Name, string Root, ContractEntry Contract)>();
        foreach (var contract in manifest.Contracts.Where(c => c.Codegen is not null))
        {
            var folder = Path.GetDirectoryName(contract.Codegen!.Output.Full)!;
            if (contract.Codegen.Surface is { } declared)
            {
                keyed.Add((folder, declared, "surface:" + declared, contract));
                continue;
            }

            var root = VersionRoot(contract.Fragment.Full);
            keyed.Add(root is null ? (folder, CodegenDefaults.TypeName(contract.Name), "contract:" + contract.Name, contract) : (folder, Name(root), root, contract));
        }

        var surfaces = new List<CodegenSurface>();
        foreach (var group in keyed.GroupBy(k => (k.Folder, k.Name)))
        {
            // a declared surface joins whatever surface has that name; derived ones must agree on their root
            var roots = group.Select(k => k.Root).Where(r => !r.StartsWith("surface:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            if (roots.Count > 1)
            {
                var first = group.First(k => k.Root == roots[0]).Contract.Name;
                var second = group.First(k => k.Root == roots[1]).Contract.Name;
                throw new InvalidDataException($"contracts '{first}' ({Shown(roots[0])}) and '{second}' ({Shown(roots[1])}) would share model set {group.Key.Name}: set codegen.surface on one of them");
            }

            var output = group.First().Contract.Codegen!.Output;
            var models = Path.Combine(group.Key.Folder, group.Key.Name + ".Models.g.cs");
            var relative = Path.Combine(Path.GetDirectoryName(output.Relative) ?? string.Empty, group.Key.Name + ".Models.g.cs").Replace('\\', '/');
            surfaces.Add(new CodegenSurface(group.Key.Name, new RepoFile(relative, models), group.Select(k => k.Contract).ToList()));
        }

        return surfaces;
    }

    /// <summary>The surface <paramref name="contract"/> belongs to.</summary>
    public static CodegenSurface Of(ContractManifest manifest, ContractEntry contract) =>
        Of(manifest).First(s => s.Contracts.Any(c => c.Name == contract.Name));

    /// <summary>
    /// The fragment's API version root (<c>/api/atlas/v2</c>), or null when neither its paths nor its first server
    /// name a version; an error when its paths lie under several roots.
    /// </summary>
    public static string? VersionRoot(string fragment)
    {
        var spec = SpecLoader.Load(fragment).Root as JsonObject ?? [];
        var roots = (spec["paths"] as JsonObject ?? []).Select(p => Root(p.Key)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (roots.Count > 1)
        {
            throw new InvalidDataException($"{fragment}: its paths lie under several API versions ({string.Join(", ", roots)}): split the fragment or set codegen.surface");
        }

        if (roots.Count == 1)
        {
            return roots[0];
        }

        var server = (spec["servers"] as JsonArray)?.FirstOrDefault()?["url"]?.GetValue<string>();
        return server is not null && Uri.TryCreate(server, UriKind.Absolute, out var url) ? Root(url.AbsolutePath) : null;
    }

    /// <summary>A path's prefix up to and including its first version segment, or null.</summary>
    public static string? Root(string path)
    {
        var segments = path.Split('/');
        var at = Array.FindIndex(segments, s => Version().IsMatch(s));
        return at < 0 ? null : string.Join('/', segments[..(at + 1)]);
    }

    /// <summary>The surface name of a version root: its version segment in PascalCase, a trailing <c>.0</c> dropped (<c>v2</c> → <c>V2</c>, <c>v1.0</c> → <c>V1</c>, <c>v1.5</c> → <c>V1_5</c>).</summary>
    public static string Name(string root)
    {
        var version = root[(root.LastIndexOf('/') + 1)..];
        version = version.EndsWith(".0", StringComparison.Ordinal) ? version[..^2] : version;
        return "V" + version[1..].Replace('.', '_');
    }

    private static string Shown(string root) => root.StartsWith('/') ? root : "no version root";

    [GeneratedRegex(@"^[vV]\d+(\.\d+)*$")]
    private static partial Regex Version();
}
