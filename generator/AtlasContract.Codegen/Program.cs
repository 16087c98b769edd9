using System.Text.Json;
using AtlasContract.Codegen;
using AtlasContract.Spec.Loading;

// Usage:
//   AtlasContract.Codegen items MANIFEST PROJECT_DIR OUTPUT   the manifest's codegen entries for one project (the targets read them)
//   AtlasContract.Codegen transform SPEC SETTINGS OUTPUT.json
//   AtlasContract.Codegen normalize FILE...
//   AtlasContract.Codegen stamp MANIFEST CONTRACT FILE              writes the inputs stamp the gate reads (Spec/Codegen/CodegenStamp)
try
{
    switch (args)
    {
        case ["items", var manifest, var projectDir, var output]:
            CodegenItems.Write(manifest, projectDir, output);
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
        case ["stamp", var stampManifest, var contractName, var file]:
            var declared = AtlasContract.Spec.Manifest.ContractManifest.Load(stampManifest);
            var code = File.ReadAllText(file);
            var stamped = AtlasContract.Spec.Codegen.CodegenStamp.Apply(code, AtlasContract.Spec.Codegen.CodegenStamp.Line(declared, declared.Contract(contractName)));
            if (!string.Equals(code, stamped, StringComparison.Ordinal))
            {
                File.WriteAllText(file, stamped);
            }

            return 0;
        default:
            Console.Error.WriteLine("usage: AtlasContract.Codegen items MANIFEST PROJECT_DIR OUTPUT | transform SPEC SETTINGS OUTPUT | normalize FILE... | stamp MANIFEST CONTRACT FILE");
            return 2;
    }
}
catch (Exception ex) when (ex is SpecLoadException or InvalidDataException or IOException or JsonException)
{
    Console.Error.WriteLine("atlas codegen: error: " + ex.Message);
    return 2;
}
