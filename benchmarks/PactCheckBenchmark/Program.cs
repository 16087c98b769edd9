// Benchmark: the pact-vs-spec check of 300 interactions against the full Atlas spec (../shared/atlas).
// Interactions are built from the spec's own GET operations (concrete ids in every path parameter, the
// first success status and media type), so every path of the 4 MB document is a candidate for each match.
// Prints the load time, the check's wall time (median of 7 runs) and the problems found. Target: < 1 s.
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

var path = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "atlas", "atlas-admin-v2.2026-08-21.yaml");
if (!File.Exists(path))
{
    Console.WriteLine($"skipped: {path} not found (pass the Atlas spec as the first argument)");
    return;
}

var clock = Stopwatch.StartNew();
var spec = SpecLoader.Load(path);
Console.WriteLine($"load {path}: {clock.ElapsedMilliseconds} ms");

var interactions = new List<PactInteraction>();
var gets = spec.Paths.Where(p => p.Value?["get"] is JsonObject).ToList();
for (var i = 0; interactions.Count < 300 && gets.Count > 0; i++)
{
    var (template, item) = gets[i % gets.Count];
    var op = (JsonObject)item!["get"]!;

    var status = (op["responses"] as JsonObject ?? []).Select(r => r.Key).FirstOrDefault(s => s.StartsWith('2')) ?? "200";
    var media = op["responses"]?[status]?["content"] is JsonObject content && content.Count > 0 ? content.First().Key : "application/json";
    var concrete = Regex.Replace(template, "{[^}]*}", "32b6e34b3d91647abb20e7b8");
    var headers = new Dictionary<string, IReadOnlyList<string>> { ["Accept"] = [media] };
    interactions.Add(new PactInteraction($"GET {template}", "GET", concrete, new Dictionary<string, IReadOnlyList<string>>(), headers,
        int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = [media] }, new JsonObject(), null));
}

var times = new List<double>();
var problems = 0;
for (var run = 0; run < 7; run++)
{
    clock.Restart();
    problems = new PactVerifier(spec).Verify(interactions).Count;
    times.Add(clock.Elapsed.TotalMilliseconds);
}

times.Sort();
Console.WriteLine($"verify {interactions.Count} interactions against {spec.Paths.Count} paths: median {times[times.Count / 2]:F1} ms (first run {times.Max():F1} ms), {problems} problems found (target < 1000 ms)");
