using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using AtlasContract.Pact;
using AtlasContract.Tests.Shared;
using static AtlasContract.ContractTests.AtlasShapes;

namespace AtlasContract.ContractTests.Walkthrough;

/// <summary>
/// The README's "Adding an operation", done as a new user does it, in a fresh clone of this repository: `add` two
/// operations of the newest real spec (getGroupCluster: a response chosen by a discriminator; createOrgUser: a JSON
/// request body) as a new contract, build the client with warnings as errors (no C# written for it), record pacts by
/// calling the clone's generated client, verify them with `verify-pact`, commit, and run the gate. The clone is made,
/// built and recorded once for the fixture; each test checks one promise of the walkthrough.
/// </summary>
[NonParallelizable]
public class AddOperationWalkthroughTests
{
    private const string Contract = "walkthrough-clusters-users";
    private const string Provider = "MongoDB-Atlas-Admin-API-v2-walkthrough";
    private const string GroupId = "5f2c1a8b9d3e4f0012345670";
    private const string ClustersMedia = "application/vnd.atlas.2024-08-05+json";

    private DirectoryInfo? _parent;
    private string _clone = string.Empty;
    private string _addOutput = string.Empty;
    private string _buildOutput = string.Empty;
    private object? _cluster;
    private object? _user;

    private string Pact => Path.Combine(_clone, "contract-tests", "pacts", $"{Pacts.Consumer}-{Provider}.json");

    private string Fragment => Path.Combine(_clone, "spec", "atlas-v2", Contract + ".yaml");

    [OneTimeSetUp]
    public async Task AddBuildAndRecordInAFreshClone()
    {
        var spec = RepoPaths.AtlasSpec("2026-08-21");
        _parent = Directory.CreateTempSubdirectory("atlas-walkthrough-");
        _clone = Path.Combine(_parent.FullName, "clone");
        Git(_parent.FullName, "clone", "-q", RepoPaths.Root, _clone);

        // 1. One command: declare the contract, slice its fragment, regenerate the client.
        var (addExit, addOut, addErr) = Cli(["add", spec, "--operation", "getGroupCluster", "--operation", "createOrgUser", "--contract", Contract, "--root", _clone]);
        _addOutput = addOut + addErr;
        Assert.That(addExit, Is.EqualTo(0), _addOutput);

        // 2. The user's one manifest edit: where the new contract's pact goes.
        var manifest = Path.Combine(_clone, "contract-gate.yaml");
        var text = File.ReadAllText(manifest);
        var entry = text.IndexOf($"- name: {Contract}", StringComparison.Ordinal);
        var pacts = text.IndexOf("pacts: []", entry, StringComparison.Ordinal);
        Assert.That(entry, Is.GreaterThanOrEqualTo(0), text);
        Assert.That(pacts, Is.GreaterThan(entry), text);
        File.WriteAllText(manifest, text[..pacts] + $"pacts: [contract-tests/pacts/{Path.GetFileName(Pact)}]" + text[(pacts + "pacts: []".Length)..]);
        var output = text.IndexOf("output: ", entry, StringComparison.Ordinal) + "output: ".Length;
        var className = Path.GetFileName(text[output..text.IndexOf('\n', output)].Trim().Split(' ')[0]).Replace(".g.cs", string.Empty, StringComparison.Ordinal);

        // 3. The client builds, every target framework, warnings as errors.
        var (buildExit, buildOut) = ProcessRunner.Run("dotnet", ["build", "src/AtlasContract.Client", "-c", "Release", "-nologo", "-clp:ErrorsOnly", "-warnaserror"], _clone, ProcessRunner.UserShell, TimeSpan.FromMinutes(15));
        _buildOutput = buildOut;
        Assert.That(buildExit, Is.EqualTo(0), buildOut);

        // 4. The consumer test a user writes: the clone's generated client against the Pact mock server.
        var client = new CloneClient(className, Path.Combine(_clone, "src", "AtlasContract.Client", "bin", "Release", "net10.0", "AtlasContract.Client.dll"));
        try
        {
            var pact = new PactBuilder(Pacts.Consumer, Provider, Path.GetDirectoryName(Pact)!);
            pact.UponReceiving("a request for one AWS cluster").Given($"project {GroupId} has AWS cluster Cluster0")
                .WithRequest("GET", $"/api/atlas/v2/groups/{GroupId}/clusters/Cluster0").WithHeader("Accept", ClustersMedia).WithHeader("Authorization", Credentials(V2Credentials))
                .WillRespond().WithStatus(200).WithHeader("Content-Type", MediaType(ClustersMedia)).WithJsonBody(AwsCluster(), ClustersMedia);
            await pact.VerifyAsync(async uri => _cluster = await client.CallAsync("GetGroupClusterAsync", uri, new() { ["groupId"] = GroupId, ["clusterName"] = "Cluster0" }));

            pact.UponReceiving("a request to add a user to the organization").Given($"organization {OrgId} exists")
                .WithRequest("POST", $"/api/atlas/v2/orgs/{OrgId}/users").WithHeader("Accept", UsersMedia).WithHeader("Authorization", Credentials(V2Credentials))
                .WithJsonBody(new JsonObject { ["roles"] = new JsonObject { ["orgRoles"] = new JsonArray("ORG_MEMBER") }, ["username"] = "jane.smith@example.com" }, UsersMedia)
                .WillRespond().WithStatus(201).WithHeader("Content-Type", MediaType(UsersMedia)).WithJsonBody(PendingUser(), UsersMedia);
            await pact.VerifyAsync(async uri => _user = await client.CallAsync("CreateOrgUserAsync", uri, new()
            {
                ["orgId"] = OrgId,
                ["body"] = """{"roles":{"orgRoles":["ORG_MEMBER"]},"username":"jane.smith@example.com"}""",
            }));
        }
        finally
        {
            client.Unload();
        }
    }

    [OneTimeTearDown]
    public void RemoveClone() => _parent?.Delete(recursive: true);

    /// <summary>One AWS cluster as getGroupCluster (2024-08-05) returns it: the region config is chosen by providerName.</summary>
    private static JsonObject AwsCluster() => new()
    {
        ["clusterType"] = Match.Type("REPLICASET"),
        ["groupId"] = Match.Regex(GroupId, Hex24),
        ["name"] = Match.Type("Cluster0"),
        ["replicationSpecs"] = Match.EachLike(new JsonObject
        {
            ["regionConfigs"] = Match.EachLike(new JsonObject
            {
                ["electableSpecs"] = new JsonObject { ["instanceSize"] = Match.Type("M10"), ["nodeCount"] = Match.Integer(3) },
                ["priority"] = Match.Integer(7),
                ["providerName"] = "AWS",
                ["regionName"] = Match.Type("US_EAST_1"),
            }),
        }),
    };

    [Test]
    public void Add_TwoOperationsOfTheRealSpec_DeclaresSlicesAndRegeneratesWithNoHandWrittenCode()
    {
        Assert.That(_addOutput, Does.Contain($"declared contract '{Contract}'").And.Contain("getGroupCluster, createOrgUser").And.Contain("regenerated"));
        Assert.That(File.ReadAllText(Fragment), Does.Contain("operationId: getGroupCluster").And.Contain("operationId: createOrgUser"));
        Assert.That(Git(_clone, "status", "--porcelain", "--", "*.cs", ":!*.g.cs"), Is.Empty, "no hand-written C# changed");
    }

    [Test]
    public void Client_DiscriminatedResponse_ReadsTheVariantTheProviderNameSelects()
    {
        var regionConfig = First(First(_cluster, "ReplicationSpecs"), "RegionConfigs")!;

        Assert.That(regionConfig.GetType().Name, Does.StartWith("AWSRegionConfig").IgnoreCase, "chosen by providerName, with no hand-written setting");
        Assert.That(regionConfig.GetType().BaseType!.Name, Does.StartWith("CloudRegionConfig"));
        Assert.That(Property(regionConfig, "RegionName")?.ToString(), Is.EqualTo("US_EAST_1"), "Atlas's oneOf of strings is read as a string");
        Assert.That(Property(_user, "Username"), Is.EqualTo("jane.smith@example.com"));
    }

    [Test]
    public void VerifyPact_RecordedPact_AcceptsTheDiscriminatedBodyAndTheRequestBody()
    {
        var (exit, stdout, stderr) = Cli(["verify-pact", Pact, "--spec", Fragment]);

        Assert.That(exit, Is.EqualTo(0), stdout + stderr);
        Assert.That(JsonNode.Parse(File.ReadAllText(Pact))!["interactions"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public void VerifyPact_RequestBodyMissingRequiredProperty_RefusedNamingIt()
    {
        var broken = Broken("missing-username", i => i["request"]!["body"]!["content"]!.AsObject().Remove("username"), "a request to add a user to the organization");

        var (exit, stdout, stderr) = Cli(["verify-pact", broken, "--spec", Fragment]);

        Assert.That(exit, Is.Not.EqualTo(0), stdout + stderr);
        Assert.That(stdout + stderr, Does.Contain("username").And.Contain("required"));
    }

    [Test]
    public void VerifyPact_DiscriminatorValueWithNoVariant_RefusedNamingIt()
    {
        var broken = Broken("unknown-provider", i => i["response"]!["body"]!["content"]!["replicationSpecs"]![0]!["regionConfigs"]![0]!["providerName"] = "MARS", "a request for one AWS cluster");

        var (exit, stdout, stderr) = Cli(["verify-pact", broken, "--spec", Fragment]);

        Assert.That(exit, Is.Not.EqualTo(0), stdout + stderr);
        Assert.That(stdout + stderr, Does.Contain("no variant for discriminator value").And.Contain("MARS"));
    }

    [Test]
    public void Gate_WalkthroughCommitted_PassesAndVerifiesTheNewPact()
    {
        Git(_clone, "add", "-A");
        Git(_clone, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "add getGroupCluster and createOrgUser");

        var (exit, stdout, stderr) = Cli(["gate", "--today", "2026-12-02", "--root", _clone, "--baseline-ref", "HEAD~1", "--report-dir", Path.Combine(_parent!.FullName, "gate")]);

        Assert.That(exit, Is.EqualTo(0), stdout + stderr);
        Assert.That(stdout, Does.Contain("gate: PASSED").And.Contain(Path.GetFileName(Pact)));
    }

    /// <summary>A copy of the recorded pact with one interaction changed, outside the clone's pacts folder.</summary>
    private string Broken(string name, Action<JsonNode> change, string description)
    {
        var pact = JsonNode.Parse(File.ReadAllText(Pact))!;
        change(pact["interactions"]!.AsArray().Single(i => i!["description"]!.GetValue<string>() == description)!);
        var path = Path.Combine(_parent!.FullName, name + ".json");
        File.WriteAllText(path, pact.ToJsonString());
        return path;
    }

    private static (int Exit, string Out, string Err) Cli(string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = AtlasContract.Cli.Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static object? Property(object? target, string name) =>
        target?.GetType().GetProperty(name)?.GetValue(target) ?? throw new AssertionException($"{target?.GetType().Name ?? "null"} has no {name}");

    private static object? First(object? target, string collection) => ((System.Collections.IEnumerable)Property(target, collection)!).Cast<object?>().First();

    private static string Git(string directory, params string[] args)
    {
        var (exit, output) = ProcessRunner.Run("git", args, directory);
        Assert.That(exit, Is.EqualTo(0), $"git {string.Join(' ', args)}: {output}");
        return output.Trim();
    }

    /// <summary>
    /// The clone's compiled client, loaded beside this repository's (its own load context; its dependencies are the
    /// ones this test already has), called as a consumer test calls it: a client over an HttpClient, one method.
    /// </summary>
    private sealed class CloneClient(string className, string assemblyPath)
    {
        private readonly AssemblyLoadContext _context = new("walkthrough-clone", isCollectible: true);
        private Assembly? _assembly;

        private Assembly Assembly => _assembly ??= _context.LoadFromAssemblyPath(assemblyPath);

        /// <summary>Calls <paramref name="method"/> on the contract's generated client; a JSON string argument becomes the parameter's type.</summary>
        public async Task<object?> CallAsync(string method, Uri baseUri, Dictionary<string, object> arguments)
        {
            var type = Assembly.GetTypes().Single(t => t.Name == className && t.IsClass);
            var http = Create(Assembly.GetType("AtlasContract.Client.AtlasHttpClient", throwOnError: true)!, Http(V2Credentials));
            var optionsType = Assembly.GetType("AtlasContract.Client.DependencyInjection.AtlasClientOptions", throwOnError: true)!;
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("BaseAddress")!.SetValue(options, baseUri);
            var client = Create(type, http, options); // clients are immutable: the base address is given at construction
            var info = type.GetMethods().Single(m => m.Name == method);
            var values = info.GetParameters().Select(p => arguments.TryGetValue(p.Name!, out var value)
                ? value is string json && p.ParameterType != typeof(string) ? Newtonsoft.Json.JsonConvert.DeserializeObject(json, p.ParameterType) : value
                : p.HasDefaultValue ? p.DefaultValue : null).ToArray();
            var task = (Task)info.Invoke(client, values)!;
            await task.ConfigureAwait(false);
            return task.GetType().GetProperty("Result")!.GetValue(task);
        }

        public void Unload() => _context.Unload();

        /// <summary>A <paramref name="type"/> from the constructor whose leading parameters take <paramref name="leading"/>, the rest at their defaults.</summary>
        private static object Create(Type type, params object[] leading)
        {
            var constructor = type.GetConstructors().Single(c => c.GetParameters() is var ps && ps.Length >= leading.Length
                && leading.Select((value, i) => ps[i].ParameterType.IsInstanceOfType(value)).All(ok => ok)
                && ps.Skip(leading.Length).All(r => r.HasDefaultValue));
            return constructor.Invoke([.. leading, .. constructor.GetParameters().Skip(leading.Length).Select(p => p.DefaultValue)]);
        }
    }
}
