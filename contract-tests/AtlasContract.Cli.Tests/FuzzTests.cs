using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests;

/// <summary>Mutated fragments must never crash the CLI: every run ends in 0, 1 or 2.</summary>
public class FuzzTests
{
    private const int Variants = 1200;

    [Test]
    public void Run_ThousandsOfMutatedFragments_AlwaysExit0Or1Or2()
    {
        var random = new Random(20261122);
        var sources = new[] { File.ReadAllText(RepoPaths.V2Spec), File.ReadAllText(RepoPaths.V1Spec) };
        var commands = new[] { "diff", "validate", "compat", "slice" };
        var outcomes = new int[4];
        for (var i = 0; i < Variants; i++)
        {
            var source = sources[i % 2];
            var mutated = Mutate(source, random);
            var path = Temp($"fuzz-{i % 8}.yaml", mutated);
            var command = commands[i % commands.Length];
            var args = command switch
            {
                "diff" => new[] { "diff", RepoPaths.V2Spec, path, "--format", i % 3 == 0 ? "json" : "text" },
                "compat" => ["compat", RepoPaths.V1Spec, path],
                "slice" => ["slice", path, "--operation", i % 2 == 0 ? "listOrgInvites" : "getOrgInvites"],
                _ => ["validate", path],
            };

            var (exit, _, err) = Run(args);

            Assert.That(exit, Is.InRange(0, 2), $"variant {i} ({command}) exited {exit}:\n{err}\n--- input ---\n{mutated[..Math.Min(mutated.Length, 2000)]}");
            outcomes[exit]++;
        }

        TestContext.Out.WriteLine($"exit 0: {outcomes[0]}, exit 1: {outcomes[1]}, exit 2: {outcomes[2]}");
        Assert.That(outcomes[2], Is.GreaterThan(0), "no variant was rejected: the mutations are too weak");
        Assert.That(outcomes[0] + outcomes[1], Is.GreaterThan(0), "every variant was rejected: the mutations are too strong");
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(10))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                case 2: lines[i] = "  " + lines[i]; break;
                case 3: lines[i] = lines[i].TrimStart(); break;
                case 4: lines[i] = lines[i].Replace("string", "integer", StringComparison.Ordinal).Replace("array", "object", StringComparison.Ordinal); break;
                case 5: lines[i] = lines[i].Replace("$ref: '#/components/", "$ref: '#/components/x", StringComparison.Ordinal); break;
                case 6: lines[i] = lines[i] + random.Next(3) switch { 0 => " [", 1 => ": {", _ => " &a *a" }; break;
                case 7: lines[i] = lines[i].Length > 2 ? lines[i][..random.Next(lines[i].Length)] : lines[i]; break;
                case 8: lines.RemoveRange(i, Math.Min(random.Next(1, 30), lines.Count - i)); break;
                default: lines[i] = lines[i].Replace(": ", ": \u00e9\u0000", StringComparison.Ordinal); break;
            }
        }

        return string.Join('\n', lines);
    }
}
