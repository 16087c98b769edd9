// Benchmark: per-interaction overhead of a consumer test on the real Pact core, in one process:
// register one interaction, start the mock server, send one request, verify, write the pact file.
// Prints the median and p90 over the runs (default 50, at least 30) after 5 warm-up runs. Target: median <= 5 ms.
using System.Diagnostics;
using System.Text.Json.Nodes;
using AtlasContract.Pact;

var runs = Math.Max(30, args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50);
var dir = Directory.CreateTempSubdirectory("pact-bench-").FullName;
using var http = new HttpClient();
var times = new List<double>();
try
{
    for (var run = -5; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        var pact = new PactBuilder("bench-consumer", "bench-provider", dir);
        pact.UponReceiving($"request {run}").Given("an organization with invitations")
            .WithRequest("GET", "/api/atlas/v2/orgs/32b6e34b3d91647abb20e7b8/invites").WithHeader("Accept", "application/vnd.atlas.2023-01-01+json")
            .WillRespond().WithStatus(200)
            .WithJsonBody(Match.EachLike(new JsonObject { ["id"] = Match.Regex("32b6e34b3d91647abb20e7b8", "^[a-f0-9]{24}$"), ["username"] = Match.Type("a@example.com") }), "application/vnd.atlas.2023-01-01+json");
        await pact.VerifyAsync(async uri =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, "/api/atlas/v2/orgs/32b6e34b3d91647abb20e7b8/invites"));
            request.Headers.Add("Accept", "application/vnd.atlas.2023-01-01+json");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        });
        if (run >= 0)
        {
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        File.Delete(Path.Combine(dir, "bench-consumer-bench-provider.json"));
    }
}
finally
{
    Directory.Delete(dir, recursive: true);
}

times.Sort();
Console.WriteLine($"per-interaction overhead (start mock server, 1 request, verify, write): median {times[times.Count / 2]:F2} ms, p90 {times[(int)(times.Count * 0.9)]:F2} ms, min {times[0]:F2} ms over {times.Count} runs (target median <= 5 ms)");
