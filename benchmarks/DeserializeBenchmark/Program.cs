// Benchmark: reading a 10,000-invitation response through the generated v2 client vs plain Newtonsoft
// JsonSerializer.Deserialize of the same DTO list from a stream. Both read the same bytes from an in-memory
// HttpMessageHandler (no sockets), 5 warm-up rounds, then the median time and allocated bytes per call over
// 21 rounds. Target: client <= 1.2x the plain path in time and allocations, and no whole-body string.
using System.Diagnostics;
using System.Net;
using System.Text;
using AtlasContract.Client.V2;
using Newtonsoft.Json;

var invitation = """
    {"createdAt":"2025-05-04T09:42:00Z","expiresAt":"2025-06-03T09:42:00Z","groupRoleAssignments":[{"groupId":"32b6e34b3d91647abb20e7b8","groupRole":"GROUP_BACKUP_MANAGER"}],
     "id":"32b6e34b3d91647abb20e7b8","inviterUsername":"hello@example.com","links":[{"href":"https://cloud.mongodb.com/api/atlas","rel":"self"}],
     "orgId":"32b6e34b3d91647abb20e7b8","orgName":"Example-Org","roles":["ORG_OWNER","ORG_MEMBER"],"teamIds":["32b6e34b3d91647abb20e7b9"],"username":"jane.smith@example.com"}
    """;
var body = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(invitation, 10_000)) + "]");
var client = new AtlasOrgInvitesClient(new HttpClient(new BytesHandler(body)), new AtlasContract.Client.DependencyInjection.AtlasClientOptions { BaseAddress = new Uri("http://atlas.invalid") });
var serializer = JsonSerializer.Create(new JsonSerializerSettings());

async Task<int> ViaClient() => (await client.ListOrgInvitesAsync("32b6e34b3d91647abb20e7b8")).Count;

Task<int> Plain()
{
    using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body, writable: false), Encoding.UTF8));
    return Task.FromResult(serializer.Deserialize<List<OrganizationInvitation>>(reader)!.Count);
}

var (clientTime, clientBytes) = await Measure(ViaClient);
var (plainTime, plainBytes) = await Measure(Plain);
Console.WriteLine($"body {body.Length / 1024} KiB, 10,000 invitations; median of 21 after 5 warm-up rounds");
Console.WriteLine($"generated client : {clientTime,8:F1} ms  {clientBytes / 1024.0 / 1024,7:F1} MiB allocated");
Console.WriteLine($"plain Newtonsoft : {plainTime,8:F1} ms  {plainBytes / 1024.0 / 1024,7:F1} MiB allocated");
Console.WriteLine($"ratio client/plain: time {clientTime / plainTime:F2}, allocations {(double)clientBytes / plainBytes:F2} (target <= 1.2); bodies are read from the stream (no whole-body string)");

static async Task<(double Ms, long Bytes)> Measure(Func<Task<int>> action)
{
    for (var i = 0; i < 5; i++)
    {
        await action();
    }

    var times = new List<double>();
    var bytes = new List<long>();
    for (var i = 0; i < 21; i++)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var count = await action();
        times.Add(clock.Elapsed.TotalMilliseconds);
        bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - total);
        if (count != 10_000)
        {
            throw new InvalidOperationException($"read {count} invitations");
        }
    }

    times.Sort();
    bytes.Sort();
    return (times[times.Count / 2], bytes[bytes.Count / 2]);
}

/// <summary>Answers every request with the same bytes, as Atlas would over the wire, without a socket.</summary>
internal sealed class BytesHandler(byte[] body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new MemoryStream(body, writable: false));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.atlas.2023-01-01+json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
