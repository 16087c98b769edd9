using System.Diagnostics;
using AtlasContract.Cli;
using AtlasContract.Cli.Tests.Fuzz;

// The long fuzz run: every family of the fuzz suite with many more cases, each run in
// process under a watchdog. Prints cases, promise violations (crashes), hangs, the worst time and peak memory.
// usage: FuzzLongRun [cases-per-family=2500] [seed=1] [hang-seconds=20]
var perFamily = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2500;
var seed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
var hangAfter = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
var root = FindRoot();
var work = Path.Combine(Path.GetTempPath(), $"atlas-fuzz-long-{Environment.ProcessId}");
var generator = new HostileCases(root, work);
var families = HostileCases.Families;

Console.WriteLine($"fuzz long run: {families.Length} families x {perFamily} cases, seed {seed}, hang after {hangAfter.TotalSeconds:F0} s");
Console.WriteLine($"{"family",-14} {"cases",7} {"exit0",6} {"exit1",6} {"exit2",6} {"crash",6} {"hang",5} {"worst ms",9}");
var total = Stopwatch.StartNew();
long cases = 0, crashes = 0, hangs = 0;
var worst = (Ms: 0.0, Case: string.Empty);
var failures = new List<string>();
long peakManaged = 0;
foreach (var family in families)
{
    var exits = new int[3];
    long familyCrashes = 0, familyHangs = 0;
    var familyWorst = 0.0;
    foreach (var c in generator.Generate(family, seed, perFamily))
    {
        cases++;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = Stopwatch.StartNew();
        var run = Task.Factory.StartNew(() => Cli.Run(c.Args, stdout, stderr), TaskCreationOptions.LongRunning);
        if (!run.Wait(hangAfter))
        {
            hangs++;
            familyHangs++;
            failures.Add($"HANG  {c}");
            if (hangs >= 5)
            {
                Console.WriteLine("5 hangs: stopping (hung runs keep their threads)");
                break;
            }

            continue;
        }

        var ms = clock.Elapsed.TotalMilliseconds;
        familyWorst = Math.Max(familyWorst, ms);
        if (ms > worst.Ms)
        {
            worst = (ms, c.ToString());
        }

        var exit = run.Result;
        if (c.Violation(exit, stderr.ToString()) is { } violation)
        {
            crashes++;
            familyCrashes++;
            failures.Add($"CRASH {c}: {violation}: {stderr.ToString().Split('\n')[0]}");
        }
        else
        {
            exits[exit]++;
        }

        if (cases % 500 == 0)
        {
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
        }
    }

    Console.WriteLine($"{family,-14} {perFamily,7} {exits[0],6} {exits[1],6} {exits[2],6} {familyCrashes,6} {familyHangs,5} {familyWorst,9:F0}");
    if (hangs >= 5)
    {
        break;
    }
}

using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine();
Console.WriteLine($"cases: {cases}, crashes: {crashes}, hangs: {hangs}, total {total.Elapsed.TotalSeconds:F1} s ({total.Elapsed.TotalMilliseconds / Math.Max(1, cases):F2} ms/case)");
Console.WriteLine($"worst time: {worst.Ms:F0} ms ({worst.Case})");
Console.WriteLine($"peak memory: {self.PeakWorkingSet64 / 1048576.0:F0} MB resident, {peakManaged / 1048576.0:F0} MB managed heap (sampled)");
foreach (var failure in failures.Take(30))
{
    Console.WriteLine(failure);
}

try
{
    Directory.Delete(work, recursive: true);
}
catch (IOException)
{
}

return crashes + hangs == 0 ? 0 : 1;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "AtlasContract.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("AtlasContract.sln not found above " + AppContext.BaseDirectory);
}
