using System.Globalization;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Manifest;

/// <summary>
/// <c>contract-gate.yaml</c>: the one declaration of the contracts (fragments, upstream origin, codegen, pacts),
/// the compat pairs, the sunset warning and the diff configuration (<c>levels</c>, <c>allow</c>). Paths are
/// relative to the manifest's folder. A file with only <c>levels</c>/<c>allow</c> (the older format) still
/// loads, with no contracts. Every problem is a <see cref="SpecLoadException"/> naming the file and the key.
/// </summary>
public sealed class ContractManifest
{
    /// <summary>The manifest's file name at a repository root.</summary>
    public const string FileName = "contract-gate.yaml";

    private static readonly string[] TopKeys = ["contracts", "compat", "sunset", "levels", "allow", "codegenDefaults"];

    private ContractManifest(string path, IReadOnlyList<ContractEntry> contracts, IReadOnlyList<CompatPair> compat, int sunsetWarnDays, DiffConfig diff)
    {
        Path = path;
        Directory = System.IO.Path.GetDirectoryName(path)!;
        Contracts = contracts;
        Compat = compat;
        SunsetWarnDays = sunsetWarnDays;
        Diff = diff;
    }

    /// <summary>The manifest file (full path).</summary>
    public string Path { get; }

    /// <summary>The folder the manifest's relative paths start from.</summary>
    public string Directory { get; }

    public IReadOnlyList<ContractEntry> Contracts { get; }

    public IReadOnlyList<CompatPair> Compat { get; }

    /// <summary><c>sunset.warnDays</c>: warn this many days before an operation's sunset (default 180).</summary>
    public int SunsetWarnDays { get; }

    /// <summary><c>levels</c> and <c>allow</c>.</summary>
    public DiffConfig Diff { get; }

    /// <summary><c>codegenDefaults</c>: the shared codegen settings every contract's <c>codegen</c> starts from, or null.</summary>
    public CodegenDefaults? CodegenDefaults { get; private init; }

    /// <summary>The same contracts with another diff configuration (<c>--config</c> in the older levels/allow-only format).</summary>
    public ContractManifest WithDiff(DiffConfig diff) => new(Path, Contracts, Compat, SunsetWarnDays, diff) { CodegenDefaults = CodegenDefaults };

    /// <summary>The contract named <paramref name="name"/>, or an error naming the manifest.</summary>
    public ContractEntry Contract(string name) =>
        Contracts.FirstOrDefault(c => c.Name == name) ?? throw new SpecLoadException(Path, $"no contract named '{name}'");

    /// <summary>The manifest at <c>contract-gate.yaml</c> in <paramref name="folder"/> or the nearest folder above it.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <param name="path">The manifest file.</param>
    /// <param name="fragmentsMayBeMissing">True for <c>atlas-contract add</c>, which creates the fragments.</param>
    public static ContractManifest Load(string path, bool fragmentsMayBeMissing = false)
    {
        var root = SpecLoader.Load(path).Root; // first: an empty or invalid path is a load error naming it, not a crash
        var full = System.IO.Path.GetFullPath(path);
        return From(root, path, System.IO.Path.GetDirectoryName(full)!, full, fragmentsMayBeMissing);
    }

    /// <summary>
    /// A baseline's manifest (text read from a git ref or a folder): its paths are checked to stay inside the work
    /// tree, not to exist in it (they are the baseline's files).
    /// </summary>
    public static ContractManifest FromBaseline(JsonObject root, string source, string folder) =>
        Read(root, source, folder, null, false, checkFiles: false);

    /// <summary>Reads a parsed manifest; <paramref name="source"/> names it in errors, relative paths start at <paramref name="folder"/>.</summary>
    public static ContractManifest From(JsonObject root, string source, string folder, string? fullPath = null, bool fragmentsMayBeMissing = false) =>
        Read(root, source, folder, fullPath, fragmentsMayBeMissing, checkFiles: true);

    private static ContractManifest Read(JsonObject root, string source, string folder, string? fullPath, bool fragmentsMayBeMissing, bool checkFiles)
    {
        foreach (var key in root.Select(p => p.Key).Where(k => !TopKeys.Contains(k)))
        {
            throw new SpecLoadException(source, $"{key}: unknown key (expected {string.Join(", ", TopKeys)})");
        }

        var reader = new Reader(source, folder, fragmentsMayBeMissing, WorkTree.Of(folder)) { CheckFiles = checkFiles };
        var defaults = reader.Defaults(root);
        var contracts = new List<ContractEntry>();
        var index = 0;
        foreach (var item in reader.Array(root, "contracts", "contracts"))
        {
            var contract = reader.Contract(item, $"contracts[{index++}]", defaults);
            if (contracts.Any(c => c.Name == contract.Name))
            {
                throw new SpecLoadException(source, $"contracts[{index - 1}].name: '{contract.Name}' is declared twice");
            }

            contracts.Add(contract);
        }

        var compat = new List<CompatPair>();
        index = 0;
        foreach (var item in reader.Array(root, "compat", "compat"))
        {
            compat.Add(reader.Compat(item, $"compat[{index++}]", contracts));
        }

        var sunset = reader.Object(root, "sunset", "sunset", ["warnDays"]);
        var warnDays = sunset is null ? 180 : reader.Int(sunset, "warnDays", "sunset.warnDays") ?? 180;

        var diffKeys = new JsonObject();
        foreach (var key in new[] { "levels", "allow" })
        {
            if (root[key] is { } value)
            {
                diffKeys[key] = value.DeepClone();
            }
        }

        return new ContractManifest(fullPath ?? System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName)), contracts, compat, warnDays, DiffConfig.From(diffKeys, source)) { CodegenDefaults = defaults };
    }

    private sealed class Reader(string source, string folder, bool fragmentsMayBeMissing, string workTree)
    {
        /// <summary>False for a baseline's manifest: its files are on the baseline, not in the work tree.</summary>
        public bool CheckFiles { get; init; } = true;

        public ContractEntry Contract(JsonNode? item, string at, CodegenDefaults? defaults)
        {
            var entry = Mapping(item, at, ["name", "fragment", "upstream", "codegen", "pacts"]);
            var name = RequiredString(entry, "name", at);
            if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                throw new SpecLoadException(source, $"{at}.name: '{name}' may only hold letters, digits, '-', '.' and '_'");
            }

            var fragment = fragmentsMayBeMissing || !CheckFiles ? RepoFile(RequiredString(entry, "fragment", at), $"{at}.fragment") : ExistingFile(entry, "fragment", at, required: true)!;
            UpstreamEntry? upstream = null;
            if (Object(entry, "upstream", $"{at}.upstream", ["operations", "source", "spec"]) is { } up)
            {
                var operations = Strings(up, "operations", $"{at}.upstream.operations");
                var spec = up["spec"] is null ? null : RepoFile(RequiredString(up, "spec", $"{at}.upstream"), $"{at}.upstream.spec");
                upstream = new UpstreamEntry(operations, OptionalString(up, "source", $"{at}.upstream"), spec);
            }

            var codegen = Codegen(entry, $"{at}.codegen", name, defaults);
            var pacts = Strings(entry, "pacts", $"{at}.pacts").Select((p, i) => RepoFile(p, $"{at}.pacts[{i}]")).ToList();
            return new ContractEntry(name, fragment, upstream, codegen, pacts);
        }

        /// <summary><c>codegenDefaults</c>: <c>nswag</c> and <c>transform</c> (required), <c>output</c> (a folder) and <c>namespace</c> (a prefix) for new contracts.</summary>
        public CodegenDefaults? Defaults(JsonObject root)
        {
            if (Object(root, "codegenDefaults", "codegenDefaults", ["nswag", "transform", "output", "namespace"]) is not { } d)
            {
                return null;
            }

            return new CodegenDefaults(
                ExistingFile(d, "nswag", "codegenDefaults", required: true)!,
                ExistingFile(d, "transform", "codegenDefaults", required: true)!,
                OptionalString(d, "output", "codegenDefaults") is { } output ? RepoFile(output.TrimEnd('/') + "/", "codegenDefaults.output") : null,
                OptionalString(d, "namespace", "codegenDefaults"));
        }

        /// <summary>
        /// A contract's <c>codegen</c>: <c>output</c>; <c>nswag</c> (default: the shared one); <c>transform</c> (layered
        /// over the shared one when there is one); <c>className</c> (default: the output's file name) and
        /// <c>namespace</c> (default: the shared prefix + the contract name in PascalCase).
        /// </summary>
        private CodegenEntry? Codegen(JsonObject entry, string at, string name, CodegenDefaults? defaults)
        {
            if (Object(entry, "codegen", at, ["nswag", "transform", "output", "className", "namespace", "surface"]) is not { } gen)
            {
                return null;
            }

            var nswag = ExistingFile(gen, "nswag", at, required: defaults is null) ?? defaults!.Nswag;
            var own = ExistingFile(gen, "transform", at, required: defaults is null);
            var output = RepoFile(RequiredString(gen, "output", at), $"{at}.output");
            if (!output.Relative.EndsWith(".g.cs", StringComparison.Ordinal))
            {
                throw new SpecLoadException(source, $"{at}.output: '{output.Relative}' must end in .g.cs (generated code lives only in Generated/*.g.cs)");
            }

            var shared = gen["nswag"] is null; // the shared NSwag settings leave the class and the namespace to us
            var className = OptionalString(gen, "className", at) ?? (shared ? System.IO.Path.GetFileName(output.Relative)[..^".g.cs".Length] : null);
            var ns = OptionalString(gen, "namespace", at) ?? (shared && defaults?.Namespace is { } prefix ? prefix + "." + CodegenDefaults.TypeName(name) : null);
            var surface = OptionalString(gen, "surface", at);
            if (surface is not null && !System.Text.RegularExpressions.Regex.IsMatch(surface, "^[A-Z][A-Za-z0-9_]*$"))
            {
                throw new SpecLoadException(source, $"{at}.surface: '{surface}' is not a PascalCase .NET name (it names the model set's namespace and file)");
            }

            RepoFile[] transforms = defaults is null ? [own!] : own is null ? [defaults.Transform] : [defaults.Transform, own];
            return new CodegenEntry(nswag, own ?? defaults!.Transform, output) { ClassName = className, Namespace = ns, Transforms = transforms, Surface = surface };
        }

        public CompatPair Compat(JsonNode? item, string at, List<ContractEntry> contracts)
        {
            var entry = Mapping(item, at, ["old", "new", "oldOperation", "newOperation", "status", "mapping"]);
            string Named(string key)
            {
                var name = RequiredString(entry, key, at);
                return contracts.Any(c => c.Name == name) ? name : throw new SpecLoadException(source, $"{at}.{key}: no contract named '{name}'");
            }

            return new CompatPair(Named("old"), Named("new"), OptionalString(entry, "oldOperation", at), OptionalString(entry, "newOperation", at), OptionalString(entry, "status", at), entry["mapping"]?.DeepClone());
        }

        public IEnumerable<JsonNode?> Array(JsonObject parent, string key, string at) => parent[key] switch
        {
            null => [],
            JsonArray array => array,
            _ => throw new SpecLoadException(source, $"{at}: expected a list"),
        };

        public JsonObject? Object(JsonObject parent, string key, string at, string[] keys) =>
            parent[key] is null ? null : Mapping(parent[key], at, keys);

        public int? Int(JsonObject parent, string key, string at) => parent[key] switch
        {
            null => null,
            JsonValue v when int.TryParse(v.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            var other => throw new SpecLoadException(source, $"{at}: '{other}' is not a whole number of days"),
        };

        private JsonObject Mapping(JsonNode? item, string at, string[] keys)
        {
            if (item is not JsonObject entry)
            {
                throw new SpecLoadException(source, $"{at}: expected a mapping with {string.Join(", ", keys)}");
            }

            foreach (var key in entry.Select(p => p.Key).Where(k => !keys.Contains(k)))
            {
                throw new SpecLoadException(source, $"{at}.{key}: unknown key (expected {string.Join(", ", keys)})");
            }

            return entry;
        }

        private string RequiredString(JsonObject entry, string key, string at) =>
            OptionalString(entry, key, at) is { Length: > 0 } value ? value : throw new SpecLoadException(source, $"{at}.{key}: missing");

        private string? OptionalString(JsonObject entry, string key, string at) => entry[key] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
            _ => throw new SpecLoadException(source, $"{at}.{key}: expected a string"),
        };

        private List<string> Strings(JsonObject entry, string key, string at)
        {
            var list = new List<string>();
            var i = 0;
            foreach (var item in Array(entry, key, at))
            {
                list.Add(item is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>().Length > 0
                    ? v.GetValue<string>()
                    : throw new SpecLoadException(source, $"{at}[{i}]: expected a non-empty string"));
                i++;
            }

            return list;
        }

        private RepoFile? ExistingFile(JsonObject entry, string key, string at, bool required)
        {
            if (!required && entry[key] is null)
            {
                return null;
            }

            var file = RepoFile(RequiredString(entry, key, at), $"{at}.{key}");
            return !CheckFiles || File.Exists(file.Full) ? file : throw new SpecLoadException(source, $"{at}.{key}: file not found: {file.Relative}");
        }

        private RepoFile RepoFile(string relative, string at)
        {
            var normalized = relative.Replace('\\', '/');
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, normalized));
            return WorkTree.Contains(workTree, full)
                ? new RepoFile(normalized, full)
                : throw new SpecLoadException(source, $"{at}: '{relative}' lies outside the repository ({workTree}); every path of the manifest must stay inside it");
        }
    }
}

/// <summary>A path from the manifest: as written (relative, '/'-separated) and resolved.</summary>
public sealed record RepoFile(string Relative, string Full)
{
    public override string ToString() => Relative;
}

/// <summary>One declared contract.</summary>
public sealed record ContractEntry(string Name, RepoFile Fragment, UpstreamEntry? Upstream, CodegenEntry? Codegen, IReadOnlyList<RepoFile> Pacts);

/// <summary>Where MongoDB publishes the contract: the operationIds sliced from the full spec, a link, and optionally a local copy of the full spec the gate checks.</summary>
public sealed record UpstreamEntry(IReadOnlyList<string> Operations, string? Source, RepoFile? Spec);

/// <summary>How the contract is generated into the client.</summary>
public sealed record CodegenEntry(RepoFile Nswag, RepoFile Transform, RepoFile Output)
{
    /// <summary>The generated client class (with the shared NSwag settings, default: the output's file name without <c>.g.cs</c>), or null to keep the NSwag settings' own.</summary>
    public string? ClassName { get; init; }

    /// <summary>The generated namespace, or null to keep the NSwag settings' own.</summary>
    public string? Namespace { get; init; }

    /// <summary>The transform settings in the order they are layered: the shared defaults (if any), then the contract's own.</summary>
    public IReadOnlyList<RepoFile> Transforms { get; init; } = [Transform];

    /// <summary>The API surface whose one model set the contract's models join, or null to derive it from the fragment's version root (<see cref="Codegen.CodegenSurfaces"/>).</summary>
    public string? Surface { get; init; }
}

/// <summary>
/// <c>codegenDefaults</c>: the shared NSwag and transform settings (a contract's own transform is layered over
/// them), and where <c>atlas-contract add --operation</c> puts a new contract's output and namespace.
/// </summary>
public sealed record CodegenDefaults(RepoFile Nswag, RepoFile Transform, RepoFile? Output, string? Namespace)
{
    /// <summary>
    /// A contract name as a .NET type-name part, without the words every contract shares (a leading
    /// <c>atlas</c>, version words such as <c>v2</c>): <c>atlas-v2-invitations</c> → <c>Invitations</c>,
    /// <c>getGroupCluster</c> → <c>GetGroupCluster</c>.
    /// </summary>
    public static string TypeName(string contractName)
    {
        var words = contractName.Split('-', '_').Where(w => w.Length > 0).ToList();
        var meaningful = words.Where((w, i) => !(i == 0 && w.Equals("atlas", StringComparison.OrdinalIgnoreCase)) && !(w.Length > 1 && (w[0] is 'v' or 'V') && char.IsAsciiDigit(w[1]))).ToList();
        return string.Concat((meaningful.Count > 0 ? meaningful : words).SelectMany(w => w.Split('.')).Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}

/// <summary>An old → new pair the gate checks with <c>compat</c>; <see cref="Mapping"/> is kept as written for the migration tooling.</summary>
public sealed record CompatPair(string Old, string New, string? OldOperation, string? NewOperation, string? Status, JsonNode? Mapping);
