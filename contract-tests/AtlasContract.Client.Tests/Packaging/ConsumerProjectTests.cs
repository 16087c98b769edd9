using System.Text.RegularExpressions;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>
/// The consumer projects of contract-tests/consumers/ (outside the solution, without its build settings), against
/// the packed packages: each mocks every generated client (a plain subclass and, where it has a test framework, an
/// NSubstitute mock) and compiles its packages' readme examples; the strict net10.0 one runs its own tests.
/// </summary>
[NonParallelizable]
public partial class ConsumerProjectTests
{
    private static string Consumers => Path.Combine(PackageFeed.Work, "consumers");

    [OneTimeSetUp]
    public void WriteConsumers()
    {
        Copy(RepoPaths.File("contract-tests", "consumers"), Consumers);
        File.WriteAllText(Path.Combine(Consumers, "Directory.Build.props"), $"<Project><PropertyGroup><AtlasClientVersion>{PackageFeed.Version}</AtlasClientVersion></PropertyGroup></Project>");
        PackageFeed.WriteNuGetConfig(Consumers);
        var generated = Directory.CreateDirectory(Path.Combine(Consumers, "Generated")).FullName;
        File.WriteAllText(Path.Combine(generated, "PlainClients.g.cs"), ClientMockSource.PlainClients());
        File.WriteAllText(Path.Combine(generated, "ClientMockTests.g.cs"), ClientMockSource.MockTests());
        ReadmeExamples.WriteAll(Consumers, PackageFeed.Packages);
    }

    [Test]
    public void Test_StrictNet10Consumer_MocksEveryClientAndPassesItsTests()
    {
        var output = DotNet.Run(Path.Combine(Consumers, "Strict"), "test", "-nologo");

        var passed = Passed().Match(output);
        Assert.That(passed.Success, Is.True, output);
        Assert.That(int.Parse(passed.Groups[1].Value), Is.GreaterThanOrEqualTo(2 * ClientMockSource.Clients().Count), "a plain-subclass and a mock test per client:\n" + output);
    }

    [Test]
    public void Build_Net472Consumer_CompilesTheMocksAndTheClientReadme() =>
        DotNet.Run(Path.Combine(Consumers, "Net472"), "build", "-nologo", "-v:q");

    [Test]
    public void Build_SourcesConsumer_CompilesThePlainFakesAndTheSourcesReadme() =>
        DotNet.Run(Path.Combine(Consumers, "Sources"), "build", "-nologo", "-v:q");

    [TestCaseSource(typeof(PackageFeed), nameof(PackageFeed.Packages))]
    public void Readme_Package_HasAnExampleACompiledConsumerIncludes(string package)
    {
        var includes = Directory.GetFiles(Consumers, "*.csproj", SearchOption.AllDirectories).Where(p => File.ReadAllText(p).Contains($"../Readme/{package}/*.cs", StringComparison.Ordinal));

        Assert.That(ReadmeExamples.Blocks(package), Is.Not.Empty, ReadmeExamples.Readme(package) + ": no ```csharp block");
        Assert.That(includes, Is.Not.Empty, $"no consumer project compiles the examples of {package}");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"Passed:\s+(\d+)")]
    private static partial Regex Passed();
}
