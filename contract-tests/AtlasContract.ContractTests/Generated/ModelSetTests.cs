using System.Text.RegularExpressions;
using AtlasContract.Client;
using AtlasContract.Spec.Codegen;
using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests.Generated;

/// <summary>
/// The shipped client has one model set per API surface (the surfaces read from the manifest): no type is declared
/// twice among a surface's files, and a contract's client file declares only its client and the client's interface.
/// </summary>
public partial class ModelSetTests
{
    private static IEnumerable<TestCaseData> Surfaces() =>
        CodegenSurfaces.Of(RepoPaths.Manifest).Select(s => new TestCaseData(s.Name).SetArgDisplayNames(s.Name));

    private static IEnumerable<TestCaseData> Contracts() =>
        RepoPaths.Manifest.Contracts.Where(c => c.Codegen is not null).Select(c => new TestCaseData(c.Name).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Surfaces))]
    public void Surface_EveryGeneratedType_DeclaredOnce(string name)
    {
        var surface = CodegenSurfaces.Of(RepoPaths.Manifest).Single(s => s.Name == name);
        var files = surface.Contracts.Select(c => c.Codegen!.Output.Full).Append(surface.Models.Full).ToList();
        var namespaces = files.SelectMany(f => Namespace().Matches(File.ReadAllText(f))).Select(m => m.Groups[1].Value).ToHashSet();
        var types = typeof(AtlasClientBase).Assembly.GetTypes().Where(t => !t.IsNested && t.Namespace is { } ns && namespaces.Contains(ns)).ToList();

        var repeated = types.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(t => t.FullName))).ToList();

        Assert.That(types.Count(t => t.Namespace == ModelsNamespace(surface.Models.Full)), Is.GreaterThan(0), "the model file declares no type");
        Assert.That(repeated, Is.Empty);
    }

    [TestCaseSource(nameof(Contracts))]
    public void ClientFile_Declares_OnlyTheClientAndItsInterface(string contract)
    {
        var code = File.ReadAllText(RepoPaths.Manifest.Contract(contract).Codegen!.Output.Full);
        var declared = Declaration().Matches(code).Select(m => m.Groups["name"].Value).Distinct().ToList();
        var clients = declared.Select(n => typeof(AtlasClientBase).Assembly.GetTypes().Single(t => t.Name == n && !t.IsNested && code.Contains("namespace " + t.Namespace + "\n", StringComparison.Ordinal))).ToList();

        Assert.That(clients.Where(t => t.IsClass && t.IsSubclassOf(typeof(AtlasClientBase))), Has.Exactly(1).Items);
        Assert.That(clients.Where(t => !(t.IsInterface || t.IsSubclassOf(typeof(AtlasClientBase)))).Select(t => t.FullName), Is.Empty, "a model in a client file");
    }

    private static string ModelsNamespace(string modelFile) => Namespace().Match(File.ReadAllText(modelFile)).Groups[1].Value;

    [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^    (?:public|internal)(?: \w+)* (?:class|interface|struct|enum|record) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
