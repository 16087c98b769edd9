using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests.Commands;

/// <summary>
/// `upstream` on the four real Atlas revisions and on mutations of the latest: a break in what the committed
/// pacts use fails, everything else is INFO. Skipped (with the reason) when ../shared/atlas is absent.
/// </summary>
public class UpstreamCommandTests
{
    private const string Invites = "/api/atlas/v2/orgs/{orgId}/invites";

    // The two older revisions lack error statuses the pacts exercise (403 and 429 in 2025-03-18, 429 in 2025-10-08).
    [TestCase("2025-03-18", 1, "error response 429 is no longer documented")]
    [TestCase("2025-10-08", 1, "error response 429 is no longer documented")]
    [TestCase("2026-07-31", 0, "0 break what the pacts use")]
    [TestCase("2026-08-21", 0, "0 upstream changes")]
    public void Upstream_RealRevision_ExitCodeFollowsWhatThePactsUse(string revision, int expected, string shown)
    {
        var (exit, stdout, err) = Run("upstream", RepoPaths.AtlasSpec(revision), "--root", RepoPaths.Root, "--today", "2026-12-02");

        Assert.That(exit, Is.EqualTo(expected), stdout + err);
        Assert.That(stdout, Does.Contain(shown));
    }

    [Test]
    public void Upstream_OperationIdRenamed_IsMatchedByMethodAndPath()
    {
        var (_, stdout, _) = Run("upstream", RepoPaths.AtlasSpec("2025-03-18"), "--root", RepoPaths.Root, "--today", "2026-12-02");

        Assert.That(stdout, Does.Contain($"GET {Invites}: operationId is 'listOrganizationInvitations' upstream, 'listOrgInvites' here; matched by method and path"));
        Assert.That(stdout, Does.Contain("INFO api-operation-id-changed"));
    }

    [Test]
    public void Upstream_UsedFieldRemoved_Exits1NamingIt()
    {
        var spec = Mutated(root => Properties(root, "OrganizationInvitation").Remove("username"));

        var (exit, stdout, _) = Run("upstream", spec, "--root", RepoPaths.Root, "--today", "2026-12-02");

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("ERR  response-").And.Contain("$[*].username was removed. [read by the pacts]"));
    }

    [Test]
    public void Upstream_UnusedFieldRemoved_Exits0ReportingItAsInfo()
    {
        var spec = Mutated(root => Properties(root, "ApiError").Remove("badRequestDetail"));

        var (exit, stdout, _) = Run("upstream", spec, "--root", RepoPaths.Root, "--today", "2026-12-02");

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("INFO response-optional-property-removed").And.Contain("$.badRequestDetail was removed. [no pact reads this field]"));
    }

    [Test]
    public void Upstream_FieldAdded_Exits0()
    {
        var spec = Mutated(root => Properties(root, "OrganizationInvitation")["nickname"] = new JsonObject { ["type"] = "string" });

        var (exit, stdout, _) = Run("upstream", spec, "--root", RepoPaths.Root, "--today", "2026-12-02");

        Assert.That(exit, Is.EqualTo(0), stdout);
        Assert.That(stdout, Does.Contain("$[*].nickname"));
    }

    [Test]
    public void Upstream_DeprecatedOperationStillCalledRemoved_Exits1()
    {
        var spec = Mutated(root => ((JsonObject)root["paths"]!).Remove(Invites));

        var (exit, stdout, _) = Run("upstream", spec, "--root", RepoPaths.Root, "--today", "2026-12-02");

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain($"ERR  api-removed-without-deprecation: GET {Invites} (listOrgInvites) is not in").And.Contain("[still called by the pacts]"));
    }

    private static JsonObject Properties(JsonObject root, string schema) => (JsonObject)root["components"]!["schemas"]![schema]!["properties"]!;

    /// <summary>The latest real revision with one change, written as JSON to a temporary file.</summary>
    private static string Mutated(Action<JsonObject> change)
    {
        var root = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21")).Root;
        change(root);
        return Temp("atlas-mutated.json", root.ToJsonString());
    }
}
