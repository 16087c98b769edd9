using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AtlasContract.Pact.Drivers;
using AtlasContract.Tests.Shared;
using Snapshooter.NUnit;

namespace AtlasContract.Pact.Tests.Drivers;

/// <summary>Against the real pact_ffi from npm: golden pact files, and the failures the core would hide.</summary>
public class FfiDriverTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pact-golden-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private PactBuilder Pact() => new("golden-consumer", "golden-provider", _dir);

    /// <summary>The written pact without what changes with the core's version.</summary>
    private JsonObject Written()
    {
        var pact = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "golden-consumer-golden-provider.json")))!.AsObject();
        pact["metadata"]!.AsObject().Remove("pactRust");
        return pact;
    }

    /// <summary>
    /// The loaded core is the library of the npm package package-lock.json pins: the library file lies in that
    /// package, its installed version is the locked one, the process mapped that very file, and the version the
    /// core reports is written in it. The committed pacts were written by this core (their pactRust.ffi).
    /// </summary>
    [Test]
    public void CoreVersion_IsTheCorePinnedInPackageLock()
    {
        if (Environment.GetEnvironmentVariable(AtlasContract.Pact.Interop.NativeLibraryLoader.EnvironmentVariable) is { Length: > 0 } configured)
        {
            Assert.Ignore($"PACT_FFI_LIBRARY={configured} replaces the pinned package on purpose.");
        }

        var library = Path.GetFullPath(AtlasContract.Pact.Interop.NativeLibraryLoader.Locate());
        var package = new DirectoryInfo(Path.GetDirectoryName(library)!).Parent!.Parent!.FullName;
        var installed = JsonNode.Parse(File.ReadAllText(Path.Combine(package, "package.json")))!;
        var name = installed["name"]!.GetValue<string>();
        var locked = JsonNode.Parse(File.ReadAllText(RepoPaths.File("package-lock.json")))!["packages"]?[$"node_modules/{name}"]?["version"]?.GetValue<string>();

        var core = FfiDriver.CoreVersion;

        Assert.That(name, Does.StartWith("@pact-foundation/pact-core-"));
        Assert.That(installed["version"]!.GetValue<string>(), Is.EqualTo(locked), $"{name} in node_modules is not the version package-lock.json pins: run npm ci");
        if (OperatingSystem.IsLinux())
        {
            Assert.That(File.ReadLines("/proc/self/maps").Any(line => line.EndsWith(" " + library, StringComparison.Ordinal)), Is.True, $"the process did not load {library}");
        }

        Assert.That(core, Does.Match(@"^\d+\.\d+\.\d+$"));
        Assert.That(File.ReadAllBytes(library).AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(core)), Is.GreaterThanOrEqualTo(0), $"{library} does not carry the version {core}");
        foreach (var pact in Directory.GetFiles(RepoPaths.File("contract-tests", "pacts"), "*.json"))
        {
            Assert.That(JsonNode.Parse(File.ReadAllText(pact))!["metadata"]?["pactRust"]?["ffi"]?.GetValue<string>(), Is.EqualTo(core), $"{pact} was written by another core");
        }
    }

    [Test]
    public async Task VerifyAsync_EveryMatcherKind_WritesTheGoldenV4Pact()
    {
        var pact = Pact();
        pact.UponReceiving("a request using every matcher").Given("things exist", new Dictionary<string, string> { ["count"] = "2" })
            .WithRequest("GET", "/things/32b6e34b3d91647abb20e7b8").WithQuery("name", "a+b@example.com").WithHeader("Accept", "application/vnd.x.2023-01-01+json")
            .WillRespond().WithStatus(200)
            .WithHeader("Content-Type", Match.Regex("application/vnd.x.2023-01-01+json", @"^application/vnd\.x\.2023-01-01\+json(\s*;.*)?$"))
            .WithJsonBody(Match.EachLike(new JsonObject
            {
                ["id"] = Match.Regex("32b6e34b3d91647abb20e7b8", "^[a-f0-9]{24}$"),
                ["name"] = Match.Type("thing"),
                ["createdAt"] = Match.DateTime("2025-05-04T09:42:00Z"),
                ["count"] = Match.Integer(3),
                ["ratio"] = Match.Decimal(0.5),
                ["score"] = Match.Number(7),
                ["active"] = Match.Boolean(true),
                ["kind"] = Match.Equality(JsonValue.Create("THING")!),
                ["note"] = Match.Include("hello"),
                ["tags"] = Match.EachLike(Match.Regex("A_B", "^[A-Z_]+$"), min: 0),
            }), "application/vnd.x.2023-01-01+json");

        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/things/32b6e34b3d91647abb20e7b8?name=a%2Bb%40example.com");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.x.2023-01-01+json"));
            using var response = await http.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
        });

        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(Written().ToJsonString()));
    }

    [Test]
    public async Task VerifyAsync_RequestMismatch_ThrowsWithTheCoreMismatchesAndWritesNoFile()
    {
        var pact = Pact();
        pact.UponReceiving("a request for one thing").WithRequest("GET", "/things/1").WillRespond().WithStatus(204);

        var ex = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/things/2");
        }));

        Assert.That(ex!.Message, Does.Contain("/things/2").And.Contain("nothing was written"));
        Assert.That(Directory.GetFiles(_dir), Is.Empty);
    }

    [Test]
    public async Task VerifyAsync_ExpectedRequestNeverMade_Throws()
    {
        var pact = Pact();
        pact.UponReceiving("a request nobody makes").WithRequest("GET", "/never").WillRespond().WithStatus(200);

        var ex = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        Assert.That(ex!.Message, Does.Contain("/never"));
        Assert.That(Directory.GetFiles(_dir), Is.Empty);
    }

    [Test]
    public async Task VerifyAsync_TwoTestsSamePact_MergeIntoOneFile()
    {
        foreach (var name in new[] { "first", "second" })
        {
            var pact = Pact();
            pact.UponReceiving($"the {name} request").WithRequest("GET", "/" + name).WillRespond().WithStatus(204);
            await pact.VerifyAsync(async uri =>
            {
                using var http = new HttpClient { BaseAddress = uri };
                await http.GetAsync("/" + name);
            });
        }

        Assert.That(Written()["interactions"]!.AsArray().Select(i => i!["description"]!.GetValue<string>()), Is.EquivalentTo(new[] { "the first request", "the second request" }));
    }

    [Test]
    public void Locate_ConfiguredPathMissing_SaysWhatToDo()
    {
        var before = Environment.GetEnvironmentVariable("PACT_FFI_LIBRARY");
        try
        {
            Environment.SetEnvironmentVariable("PACT_FFI_LIBRARY", "/nonexistent/libpact_ffi.so");

            var ex = Assert.Throws<PactException>(() => AtlasContract.Pact.Interop.NativeLibraryLoader.Locate());

            Assert.That(ex!.Message, Does.Contain("PACT_FFI_LIBRARY=/nonexistent/libpact_ffi.so"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PACT_FFI_LIBRARY", before);
        }
    }
}
