using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>listOrgUsers' <c>orgMembershipStatuses</c>: an array query parameter sent as repeated values.</summary>
public class ArrayQueryParameterTests
{
    private const string Media = "application/vnd.atlas.2025-02-19+json";

    private static IReadOnlyList<string> Problems(params string[] statuses)
    {
        var interaction = new PactInteraction("pending users", "GET", "/api/atlas/v2/orgs/32b6e34b3d91647abb20e7b8/users",
            new Dictionary<string, IReadOnlyList<string>> { ["orgMembershipStatuses"] = statuses },
            new Dictionary<string, IReadOnlyList<string>> { ["Accept"] = [Media], ["Authorization"] = [PactCheckSpecs.Bearer] }, 200,
            new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = [Media] }, JsonNode.Parse("""{"results":[]}"""), null);
        return new PactVerifier(SpecLoader.Load(RepoPaths.Manifest.Contract("atlas-v2-users").Fragment.Full)).Verify(interaction).ToList();
    }

    [Test]
    public void Verify_RepeatedValuesOfAnArrayParameter_AreOneValidArray()
    {
        Assert.That(Problems("PENDING", "INVITATION_EXPIRED"), Is.Empty);
    }

    [Test]
    public void Verify_RepeatedValueOutsideTheEnum_IsAProblemAtItsIndex()
    {
        var problems = Problems("PENDING", "SLEEPING");

        Assert.That(problems.Single(), Does.Contain("query parameter orgMembershipStatuses[1]").And.Contain("SLEEPING"));
    }
}
