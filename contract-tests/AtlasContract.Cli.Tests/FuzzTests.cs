using AtlasContract.Cli.Tests.Fuzz;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests;

/// <summary>
/// The project's fuzz suite: seeded hostile cases of every family (<see cref="HostileCases"/>), run in process
/// through <see cref="Cli.Run"/>. Every case must keep the exit-code promise (0 or 1, or 2 with one line naming
/// the file; never 3). Work per case is bounded by the inputs (each a mutated fragment or pact) and by the
/// product's own budgets (node and size limits, regex match budget, memoised cycles), not by a clock.
/// The long run (tens of thousands of cases, with hang detection and timings) is benchmarks/fuzz-long.sh.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20261123;
    private const int CasesPerFamily = 180;

    public static IEnumerable<TestCaseData> Families() =>
        HostileCases.Families.Select(f => new TestCaseData(f).SetName($"Run_{Pascal(f)}Cases_KeepTheExitCodePromise"));

    [TestCaseSource(nameof(Families))]
    public void Run_HostileCases_KeepTheExitCodePromise(string family)
    {
        // A folder of its own per run: two test runs on one machine never share (or delete) each other's cases.
        var work = Directory.CreateTempSubdirectory($"atlas-fuzz-{family}-").FullName;

        var committed = Committed();
        var root = Directory.GetFileSystemEntries(RepoPaths.Root);
        var outcomes = new int[3];
        var violations = new List<string>();
        var cases = new HostileCases(RepoPaths.Root, work);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = work; // relative paths among the hostile arguments land in the work folder
        try
        {
            foreach (var c in cases.Generate(family, Seed, CasesPerFamily))
            {
                var (exit, _, err) = Run(c.Args);
                if (c.Violation(exit, err) is { } violation)
                {
                    violations.Add($"{c}: {violation}\n    {string.Join("\n    ", err.Split('\n').Take(6))}");
                }
                else
                {
                    outcomes[exit]++;
                }
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        TestContext.Out.WriteLine($"{family}: {CasesPerFamily} cases; exit 0: {outcomes[0]}, exit 1: {outcomes[1]}, exit 2: {outcomes[2]}");
        Assert.That(violations, Is.Empty, $"{violations.Count} of {CasesPerFamily} cases broke the promise:\n" + string.Join("\n", violations.Take(10)));
        Assert.That(outcomes[1] + outcomes[2], Is.GreaterThan(0), "every case passed: the family's mutations are too weak to test anything");
        Assert.That(Directory.GetFiles(work, "*.tmp", SearchOption.AllDirectories), Is.Empty, "a temporary file was left behind");
        Assert.That(Committed(), Is.EqualTo(committed), "a case wrote over a committed fragment or pact");
        Assert.That(Directory.GetFileSystemEntries(RepoPaths.Root), Is.EquivalentTo(root), "a case wrote into the repository");
        Directory.Delete(work, recursive: true); // kept when an assertion fails, for a look at the cases
    }

    [Test]
    public void Generate_EveryFamily_GivesTheSameCasesForTheSameSeed()
    {
        var work = Directory.CreateTempSubdirectory("atlas-fuzz-determinism-").FullName;
        var cases = new HostileCases(RepoPaths.Root, work);
        foreach (var family in HostileCases.Families)
        {
            var first = cases.Generate(family, Seed, 20).Select(c => c.ToString() + (c.Culprit is { } f && File.Exists(f) ? File.ReadAllText(f) : string.Empty)).ToList();
            var second = cases.Generate(family, Seed, 20).Select(c => c.ToString() + (c.Culprit is { } f && File.Exists(f) ? File.ReadAllText(f) : string.Empty)).ToList();

            Assert.That(second, Is.EqualTo(first), family);
        }

        Directory.Delete(work, recursive: true);
    }

    [Test]
    public void Families_AllTogether_AreAtLeastTwoThousandCases()
    {
        Assert.That(HostileCases.Families.Length * CasesPerFamily, Is.GreaterThanOrEqualTo(2000));
    }

    private static string[] Committed() =>
        [.. Directory.GetFiles(RepoPaths.File("spec"), "*", SearchOption.AllDirectories).Concat(Directory.GetFiles(RepoPaths.File("contract-tests", "pacts"))).Order(StringComparer.Ordinal).Select(f => f + "\n" + File.ReadAllText(f))];

    private static string Pascal(string family) => string.Concat(family.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
