using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Codegen;

/// <summary>
/// One model set per API surface (the contracts of one API version root, <c>AtlasContract.Spec.Codegen.CodegenSurfaces</c>).
/// <see cref="Prepare"/> transforms each contract of the surface in manifest order and finds the real clashes: a
/// component schema a later fragment defines differently (documentation aside) from an earlier one is renamed in the
/// later contract to <c>{Contract}{Schema}</c>, reported on the console; identical ones are shared. After NSwag,
/// <see cref="Finish"/> splits each contract's output: the client and its interface stay in the contract's file, every
/// model (and every type the plan emits) goes once into the surface's <c>{Surface}.Models.g.cs</c>, which each client
/// file imports. A type two contracts generate differently despite that is an error naming both, never a silent pick.
/// </summary>
internal static class ModelSet
{
    private static readonly string[] Annotations = ["description", "example", "examples", "externalDocs"];

    /// <summary>The surface's contracts (those of <paramref name="itemsFile"/> whose model file is <paramref name="models"/>).</summary>
    public static IReadOnlyList<CodegenItem> Items(string itemsFile, string models)
    {
        var items = CodegenItems.Read(itemsFile).Where(i => Same(i.Models, models)).ToList();
        return items.Count > 0 ? items : throw new InvalidDataException($"{itemsFile}: no contract generates its models into {models}");
    }

    /// <summary>Writes every contract's transformed spec, plan and NSwag settings; returns the clash renames (contract → schema → new name).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Prepare(IReadOnlyList<CodegenItem> items, string workDir)
    {
        var owners = new Dictionary<string, (CodegenItem Owner, JsonNode Shape)>(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var contracts = items.Select(i => (Settings: TransformSettings.Read(i.Transforms), Fragment: SpecLoader.Load(i.Fragment).Root)).ToList();
        for (var at = 0; at < items.Count; at++)
        {
            var item = items[at];
            var declared = (contracts[at].Fragment["components"]?["schemas"] as JsonObject ?? []).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            var effective = SharedSchemaSettings.Inherit(contracts[at].Settings, contracts[at].Fragment, contracts.Where((_, i) => i != at));
            var renames = new Dictionary<string, string>(StringComparer.Ordinal);
            while (true)
            {
                var schemas = Schemas(Pipeline.Prepare(item.Name, contracts[at].Fragment, item.Nswag, effective, item.ClassName, item.Namespace, workDir, renames).Spec);
                var clashes = schemas.Where(s => owners.TryGetValue(s.Key, out var o) && !JsonNode.DeepEquals(o.Shape, s.Value)).Select(s => s.Key).ToList();
                if (clashes.Count == 0)
                {
                    foreach (var (name, shape) in schemas)
                    {
                        owners.TryAdd(name, (item, shape));
                    }

                    break;
                }

                foreach (var name in clashes)
                {
                    var owner = owners[name].Owner;
                    if (!declared.Contains(name) || renames.ContainsKey(name))
                    {
                        throw new InvalidDataException($"{item.Fragment}: schema '{name}' differs from the one in {owner.Fragment} (contract '{owner.Name}'), and is no component of the fragment that can be renamed: make them agree or give one contract its own codegen.surface");
                    }

                    renames[name] = AtlasContract.Spec.Manifest.CodegenDefaults.TypeName(item.Name) + name;
                    Console.WriteLine($"{item.Surface}: schema '{name}' of {item.Name} ({item.Fragment}) differs from {owner.Name}'s ({owner.Fragment}): generated as {renames[name]}");
                }
            }

            result[item.Name] = renames;
        }

        return result;
    }

    /// <summary>Splits NSwag's output of each contract into its client file and the surface's model file.</summary>
    public static void Finish(IReadOnlyList<CodegenItem> items, string workDir, string? outputDir)
    {
        var models = new List<TypeBlock>();
        var owners = new Dictionary<string, (CodegenItem Owner, string Comparable)>(StringComparer.Ordinal);
        var clients = new List<(CodegenItem Item, string Namespace, IReadOnlyList<TypeBlock> Types, string Pageables)>();
        TypeBlocks.Parts? first = null;
        var modelsNamespace = items[0].ModelsNamespace;
        foreach (var item in items)
        {
            var plan = CodegenPlan.Load(Path.Combine(workDir, item.Name + ".plan.json"));
            modelsNamespace = modelsNamespace.Length > 0 ? modelsNamespace : plan.Namespace + ".Models";
            var raw = File.ReadAllText(Path.Combine(workDir, item.Name + ".g.cs"));
            var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(workDir, item.Name + ".json"))) as JsonObject ?? [];
            var pageables = PageableEmitter.Emit(spec, raw, plan.Namespace, plan.ClassName);
            foreach (var skipped in pageables.Skipped)
            {
                Console.WriteLine($"{item.Name}: no pageable for {skipped}");
            }

            var parts = TypeBlocks.Split(raw);
            first ??= parts;
            var planned = PlanEmitter.Emit(plan, modelsNamespace) is { Length: > 0 } p ? TypeBlocks.Split(p).Types : [];
            var isClient = (TypeBlock t) => plan.ClassName.Length > 0 && (t.Name == plan.ClassName || t.Name == "I" + plan.ClassName);
            var moved = parts.Types.Concat(planned).Where(t => !isClient(t)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            var requalify = (string text) => Requalify(text, plan.Namespace, modelsNamespace, moved);
            clients.Add((item, plan.Namespace, parts.Types.Where(isClient).Select(t => t with { Text = requalify(t.Text) }).ToList(), requalify(pageables.Code)));
            foreach (var type in parts.Types.Concat(planned).Where(t => !isClient(t)).GroupBy(t => t.Name))
            {
                var text = requalify(string.Join("\n\n", type.Select(t => t.Text)));
                var comparable = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)));
                if (!owners.TryGetValue(type.Key, out var owner))
                {
                    owners[type.Key] = (item, comparable);
                    models.Add(new TypeBlock(type.Key, text));
                }
                else if (owner.Comparable != comparable)
                {
                    throw new InvalidDataException($"{item.Fragment}: type '{type.Key}' is generated differently by contracts '{owner.Owner.Name}' and '{item.Name}' of model set {item.Surface}: make their schemas and transform settings agree, or give one its own codegen.surface");
                }
            }
        }

        var header = first!.Header;
        var clientCode = string.Join("\n", clients.SelectMany(c => c.Types).Select(t => t.Text));
        var modelCode = ReadOnlyResponseModels.Apply(TypeBlocks.Join(header, modelsNamespace, models, first.Trailer), clientCode);
        Pipeline.WriteIfChanged(Output(items[0].Models, outputDir), GeneratedCodeNormalizer.Normalize(modelCode));
        foreach (var (item, ns, types, pageables) in clients)
        {
            var code = TypeBlocks.Join(header, ns, types, first.Trailer) + pageables;
            Pipeline.WriteIfChanged(Output(item.Output, outputDir), GeneratedCodeNormalizer.Normalize(ns == modelsNamespace ? code : WithUsing(code, ns, modelsNamespace)));
        }
    }

    /// <summary>The component schemas of a transformed spec, documentation removed (a description is no clash).</summary>
    private static Dictionary<string, JsonNode> Schemas(JsonObject spec) =>
        (spec["components"]?["schemas"] as JsonObject ?? []).Where(s => s.Value is not null).ToDictionary(s => s.Key, s => Shape(s.Value!.DeepClone()), StringComparer.Ordinal);

    /// <summary>The schema without its documentation keywords (kept where they name properties).</summary>
    private static JsonNode Shape(JsonNode node, bool names = false)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Select(p => p.Key).ToList())
            {
                if (!names && Annotations.Contains(key))
                {
                    obj.Remove(key);
                }
                else if (obj[key] is { } child)
                {
                    Shape(child, !names && key is "properties" or "patternProperties");
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                Shape(item);
            }
        }

        return node;
    }

    /// <summary>
    /// Imports the model namespace inside each <c>namespace</c> block of the client's code, not at the file's top: a name
    /// is then looked up among the models before the namespaces around the client's, so a model named like a contract's
    /// namespace (model <c>ClusterOutageSimulation</c>, client namespace <c>….ClusterOutageSimulation</c>) is still the type.
    /// </summary>
    private static string WithUsing(string code, string ns, string models) =>
        code.Replace($"\nnamespace {ns}\n{{\n", $"\nnamespace {ns}\n{{\n    using global::{models};\n", StringComparison.Ordinal);

    /// <summary>
    /// NSwag names some types with the contract's namespace in full (an enum default: <c>= Ns.Contract.Factor._3</c>);
    /// once the type lives in the model namespace, such a name points to <paramref name="models"/> instead. Names of
    /// types that stay with the client are left alone.
    /// </summary>
    private static string Requalify(string text, string contract, string models, HashSet<string> moved) =>
        contract == models ? text : Regex.Replace(text, $@"\b{Regex.Escape(contract)}\.([A-Za-z_][A-Za-z0-9_]*)\b", m => moved.Contains(m.Groups[1].Value) ? $"{models}.{m.Groups[1].Value}" : m.Value);

    private static string Output(string path, string? outputDir) =>
        string.IsNullOrEmpty(outputDir) ? path : Path.Combine(outputDir, Path.GetFileName(path));

    private static bool Same(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
