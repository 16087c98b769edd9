using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Pact;
using AtlasContract.Tests.Shared;

namespace AtlasContract.ContractTests;

/// <summary>
/// The committed pacts in contract-tests/pacts. A run writes into a fresh staging folder (so renamed or
/// removed tests leave nothing behind), then normalises each pact (stable order and format) and moves it
/// over the committed file: it changes only when a contract changed, and readers never see half a file.
/// Run the whole suite to regenerate them.
/// </summary>
[SetUpFixture]
public sealed class Pacts
{
    public const string Consumer = "AtlasContract.Client";
    public const string V2Provider = "MongoDB-Atlas-Admin-API-v2";
    public const string V1Provider = "MongoDB-Cloud-Manager-API-v1.0";

    /// <summary>listOrgUsers (the replacement of listOrgInvites): its own pact, verified against its own fragment.</summary>
    public const string UsersProvider = "MongoDB-Atlas-Admin-API-v2-users";

    private static readonly Lazy<string> Staging = new(() => System.IO.Directory.CreateTempSubdirectory("atlas-pacts-").FullName);

    public static string Directory => RepoPaths.File("contract-tests", "pacts");

    public static string File(string provider) => Path.Combine(Directory, FileName(provider));

    public static PactBuilder For(string provider) => new(Consumer, provider, Staging.Value);

    private static string FileName(string provider) => $"{Consumer}-{provider}.json";

    [OneTimeTearDown]
    public void PublishInStableOrder()
    {
        if (!Staging.IsValueCreated)
        {
            return;
        }

        foreach (var provider in new[] { V2Provider, V1Provider, UsersProvider })
        {
            var staged = Path.Combine(Staging.Value, FileName(provider));
            if (System.IO.File.Exists(staged))
            {
                Normalize(staged);
                System.IO.Directory.CreateDirectory(Directory);
                System.IO.File.Move(staged, File(provider), overwrite: true);
            }
        }

        System.IO.Directory.Delete(Staging.Value, recursive: true);
    }

    /// <summary>Interactions sorted by description; 2-space indent; LF; readable escapes.</summary>
    public static void Normalize(string path)
    {
        var pact = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsObject();
        var interactions = pact["interactions"]!.AsArray().Select(i => i!.DeepClone()).OrderBy(i => i["description"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        pact["interactions"] = new JsonArray(interactions.ToArray());
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        System.IO.File.WriteAllText(path, pact.ToJsonString(options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
