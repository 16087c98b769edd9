using System.Text.RegularExpressions;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>The <c>```csharp</c> blocks of a package's readme (src/PACKAGE/README.md), each a complete C# file a consumer compiles.</summary>
internal static partial class ReadmeExamples
{
    public static string Readme(string package) => RepoPaths.File("src", package, "README.md");

    public static IReadOnlyList<string> Blocks(string package) =>
        CSharpBlock().Matches(File.ReadAllText(Readme(package)).ReplaceLineEndings("\n")).Select(m => m.Groups["code"].Value).ToList();

    /// <summary>Writes block N of each package's readme to <c>Readme/PACKAGE/ExampleN.cs</c> under <paramref name="consumers"/>, with a line directive back to the readme.</summary>
    public static void WriteAll(string consumers, IEnumerable<string> packages)
    {
        foreach (var package in packages)
        {
            var dir = Directory.CreateDirectory(Path.Combine(consumers, "Readme", package)).FullName;
            foreach (var (block, i) in Blocks(package).Select((b, i) => (b, i + 1)))
            {
                File.WriteAllText(Path.Combine(dir, $"Example{i}.cs"), $"// {package}/README.md, csharp block {i}\n{block}");
            }
        }
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
