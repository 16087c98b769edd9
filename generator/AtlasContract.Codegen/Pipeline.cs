using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasContract.Codegen;

/// <summary>
/// The steps the MSBuild targets run per contract around NSwag: <see cref="Prepare"/> (transformed spec, the
/// plan of what we emit ourselves, the effective NSwag settings; called by <see cref="ModelSet.Prepare"/> for each
/// contract of a model set), NSwag, <see cref="Explain"/> when NSwag failed, then <see cref="ModelSet.Finish"/>
/// (our types and the pageable methods appended, models shared, output normalised). Files go to a work folder as
/// <c>NAME.json</c>, <c>NAME.plan.json</c>, <c>NAME.nswag</c>.
/// </summary>
internal static class Pipeline
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Writes the contract's transformed spec (from its loaded <c>fragment</c>, left as it is), plan and effective NSwag
    /// settings; <c>settings</c> are the contract's transform settings completed by its surface's
    /// (<see cref="SharedSchemaSettings"/>), <c>renames</c> schema renames added over them (the surface's clash
    /// renames). Returns the transformed spec and the effective namespace.
    /// </summary>
    public static (JsonObject Spec, string Namespace) Prepare(string name, JsonObject fragment, string nswag, TransformSettings settings, string className, string ns, string workDir, IReadOnlyDictionary<string, string>? renames = null)
    {
        Directory.CreateDirectory(workDir);
        var plan = new CodegenPlan();
        if (renames is { Count: > 0 })
        {
            settings = settings with { RenameSchemas = settings.RenameSchemas.Concat(renames).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal) };
        }

        var transformed = SpecTransform.Apply(fragment, settings, plan);
        DocHints.Mark(transformed);
        File.WriteAllText(Path.Combine(workDir, name + ".json"), transformed.ToJsonString(Indented));

        var document = JsonNode.Parse(File.ReadAllText(nswag)) as JsonObject
            ?? throw new InvalidDataException($"{nswag}: NSwag settings must be a JSON object");
        var generator = document["codeGenerators"]?["openApiToCSharpClient"] as JsonObject
            ?? throw new InvalidDataException($"{nswag}: codeGenerators.openApiToCSharpClient: missing");
        if (className.Length > 0)
        {
            generator["className"] = className;
        }

        if (ns.Length > 0)
        {
            generator["namespace"] = ns;
        }

        plan.ClassName = SpecNodes.String(generator["className"]) ?? string.Empty;
        plan.Namespace = SpecNodes.String(generator["namespace"]) ?? string.Empty;
        if (plan.Namespace.Length == 0 || plan.Namespace.Contains("$(", StringComparison.Ordinal) || plan.ClassName.Contains("$(", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: no namespace or class name: set codegen.namespace/className in the manifest, or codegenDefaults.namespace");
        }

        var excluded = (generator["excludedTypeNames"] as JsonArray ?? []).Select(SpecNodes.String).OfType<string>().Concat(plan.ExcludedTypeNames).Concat(settings.ExtensibleStrings.Select(e => e.TypeName)).Distinct().ToList();
        generator["excludedTypeNames"] = new JsonArray(excluded.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        File.WriteAllText(Path.Combine(workDir, name + ".nswag"), document.ToJsonString(Indented));
        plan.Save(Path.Combine(workDir, name + ".plan.json"));
        return (transformed, plan.Namespace);
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> (through a unique temporary file) unless it already holds it.</summary>
    public static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && string.Equals(File.ReadAllText(path), text, StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// NSwag's cause of failure in one line (its log holds a banner and a stack trace): the first exception
    /// message, else the log's last line.
    /// </summary>
    public static string Explain(string log)
    {
        var lines = File.Exists(log) ? File.ReadAllLines(log) : [];
        var cause = lines.FirstOrDefault(l => l.StartsWith("System.", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("Exception: ", StringComparison.Ordinal))
            ?? lines.LastOrDefault(l => l.Trim().Length > 0)
            ?? "no output (see " + log + ")";
        return cause.Trim();
    }
}
