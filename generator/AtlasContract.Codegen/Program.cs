using System.Text.Json;
using AtlasContract.Codegen;
using AtlasContract.Spec.Loading;

// Usage (the MSBuild targets run these; see generator/codegen/README.md):
//   items MANIFEST PROJECT_DIR OUTPUT                 the manifest's codegen entries for one project
//   prepare ITEMS MODELS WORKDIR                      for every contract of one model set (API surface): transformed spec, plan and
//                                                     effective NSwag settings, the real schema clashes renamed (ModelSet)
//   finish ITEMS MODELS WORKDIR [OUTDIR]              splits NSwag's outputs into the client files and the one model file, normalised
//   explain NAME SPEC LOG                             NSwag failed: prints its cause as one MSBuild error line, exit 1
//   registration WORKDIR ITEMS OUTPUT                 the DI registration of every client of the project
//   transform SPEC SETTINGS OUTPUT.json               the transform alone
//   normalize FILE...
//   stamp MANIFEST FILE CONTRACT...                    writes the inputs stamp the gate reads (Spec/Codegen/CodegenStamp)
//   stamp-surface MANIFEST ITEMS MODELS [OUTDIR]      stamps the model file and every client file of one model set
try
{
    switch (args)
    {
        case ["items", var manifest, var projectDir, var output]:
            CodegenItems.Write(manifest, projectDir, output);
            return 0;
        case ["prepare", var items, var models, var workDir]:
            ModelSet.Prepare(ModelSet.Items(items, models), workDir);
            return 0;
        case ["finish", var items, var models, var workDir, .. var outDir] when outDir.Length <= 1:
            ModelSet.Finish(ModelSet.Items(items, models), workDir, outDir.FirstOrDefault());
            return 0;
        case ["explain", var name, var spec, var log]:
            Console.WriteLine($"{spec} : error ATLASGEN: codegen of '{name}' failed in NSwag: {Pipeline.Explain(log)} (full log: {log})");
            return 1;
        case ["registration", var workDir, var items, var output]:
            RegistrationEmitter.Write(workDir, items, output);
            return 0;
        case ["transform", var spec, var settings, var output]:
            var document = SpecLoader.Load(spec);
            var transformed = SpecTransform.Apply(document.Root, TransformSettings.Read(settings));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, transformed.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        case ["normalize", .. var files] when files.Length > 0:
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var normalized = GeneratedCodeNormalizer.Normalize(text);
                if (!string.Equals(text, normalized, StringComparison.Ordinal))
                {
                    File.WriteAllText(file, normalized);
                }
            }

            return 0;
        case ["stamp", var stampManifest, var file, .. var contractNames] when contractNames.Length > 0:
            var declared = AtlasContract.Spec.Manifest.ContractManifest.Load(stampManifest);
            Stamp(file, AtlasContract.Spec.Codegen.CodegenStamp.Line(declared, contractNames.Select(declared.Contract).ToList()));
            return 0;
        case ["stamp-surface", var stampManifest, var items, var models, .. var outDir] when outDir.Length <= 1:
            // every file of a model set (its model file, each client file) carries the hash of all its contracts' inputs
            var manifestOfSurface = AtlasContract.Spec.Manifest.ContractManifest.Load(stampManifest);
            var surfaceItems = ModelSet.Items(items, models);
            var line = AtlasContract.Spec.Codegen.CodegenStamp.Line(manifestOfSurface, surfaceItems.Select(i => manifestOfSurface.Contract(i.Name)).ToList());
            foreach (var path in surfaceItems.Select(i => i.Output).Prepend(models))
            {
                Stamp(outDir.Length == 0 ? path : Path.Combine(outDir[0], Path.GetFileName(path)), line);
            }

            return 0;
        default:
            Console.Error.WriteLine("usage: AtlasContract.Codegen items | prepare | finish | explain | registration | transform | normalize | stamp | stamp-surface (see Program.cs)");
            return 2;
    }
}
catch (Exception ex) when (ex is SpecLoadException or InvalidDataException or IOException or JsonException)
{
    // One MSBuild error line (origin : error CODE : text), shown on the console even with -clp:ErrorsOnly.
    Console.WriteLine("AtlasContract.Codegen : error ATLASGEN: " + ex.Message.ReplaceLineEndings(" "));
    return 2;
}

static void Stamp(string file, string line)
{
    var code = File.ReadAllText(file);
    var stamped = AtlasContract.Spec.Codegen.CodegenStamp.Apply(code, line);
    if (!string.Equals(code, stamped, StringComparison.Ordinal))
    {
        File.WriteAllText(file, stamped);
    }
}
