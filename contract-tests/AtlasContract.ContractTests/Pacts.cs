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
/// Where each pact goes is read from contract-gate.yaml (a contract's <c>pacts</c>), never listed here: a pact no
/// contract declares is still published, into contract-tests/pacts, and the run fails naming it.
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

    /// <summary>The rest of the deprecated invitation workflow: create, read, update, delete one invitation.</summary>
    public const string InvitationsProvider = "MongoDB-Atlas-Admin-API-v2-invitations";

    /// <summary>Their replacements on the organization users API.</summary>
    public const string UserManagementProvider = "MongoDB-Atlas-Admin-API-v2-user-management";

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

        var undeclared = Publish(Staging.Value, RepoPaths.Manifest.Contracts.SelectMany(c => c.Pacts).Select(p => p.Full).ToList(), Directory);
        System.IO.Directory.Delete(Staging.Value, recursive: true);
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException($"pacts written that no contract in contract-gate.yaml declares: {string.Join(", ", undeclared)} (published to contract-tests/pacts/; add each to its contract's `pacts`)");
        }
    }

    /// <summary>
    /// Moves each staged pact, normalised, to the declared path of the same file name, else into
    /// <paramref name="fallback"/>; returns the file names no declaration named.
    /// </summary>
    public static IReadOnlyList<string> Publish(string staging, IReadOnlyList<string> declared, string fallback)
    {
        var undeclared = new List<string>();
        foreach (var staged in System.IO.Directory.GetFiles(staging, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(staged);
            var target = declared.FirstOrDefault(d => string.Equals(Path.GetFileName(d), name, StringComparison.Ordinal));
            if (target is null)
            {
                undeclared.Add(name);
                target = Path.Combine(fallback, name);
            }

            Normalize(staged);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Move(staged, target, overwrite: true);
        }

        return undeclared;
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
