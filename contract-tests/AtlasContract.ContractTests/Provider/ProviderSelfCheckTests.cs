using System.Text.Json.Nodes;

namespace AtlasContract.ContractTests.Provider;

/// <summary>
/// The committed pacts, verified by the real `pact verifier` against a stand-in provider: the seeds'
/// responses (plus more items, extra fields and new roles) must pass; a provider that breaks what the client
/// reads must fail.
/// </summary>
public class ProviderSelfCheckTests
{
    private static string V2Pact => Pacts.File(Pacts.V2Provider);

    private static string V1Pact => Pacts.File(Pacts.V1Provider);

    private static string UsersPact => Pacts.File(Pacts.UsersProvider);

    [TestCase("v2")]
    [TestCase("v1.0")]
    [TestCase("v2-users")]
    public void Verifier_SeedResponsesWithExtrasAndNewRoles_Passes(string version)
    {
        using var provider = new SeedProvider();

        var (exit, output) = PactCli.Verify(version switch { "v2" => V2Pact, "v2-users" => UsersPact, _ => V1Pact }, provider.Port);

        Assert.That(exit, Is.EqualTo(0), output);
    }

    [TestCase("v2")]
    [TestCase("v1.0")]
    public void Verifier_OrgNamesWithSpacesAndApostrophes_Passes(string version)
    {
        // Names Atlas gives organizations; the spec's orgName pattern refuses the space, the real API does not.
        using var provider = new SeedProvider(i => { i["orgName"] = "Jane's Org - 2024-06-11"; return i; });

        var (exit, output) = PactCli.Verify(version == "v2" ? V2Pact : V1Pact, provider.Port);

        Assert.That(exit, Is.EqualTo(0), output);
    }

    public static IEnumerable<TestCaseData> Breaks()
    {
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(i => { i.Remove("username"); return i; }), null, "username").SetName("Verifier_UsernameDropped_Fails");
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(i => { i["createdAt"] = 1746351720; return i; }), null, "createdAt").SetName("Verifier_CreatedAtAsNumber_Fails");
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(i => { i["id"] = "inv-42"; return i; }), null, "inv-42").SetName("Verifier_IdNotTwentyFourHex_Fails");
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(i => { i["roles"] = "ORG_OWNER"; return i; }), null, "roles").SetName("Verifier_RolesNotAList_Fails");
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(i => i), "application/vnd.atlas.2024-11-13+json", "2024-11-13").SetName("Verifier_OtherMediaTypeVersion_Fails");
    }

    [TestCaseSource(nameof(Breaks))]
    public void Verifier_BrokenProvider_Fails(Func<JsonObject, JsonObject> variant, string? mediaType, string named)
    {
        using var provider = new SeedProvider(variant, mediaType);

        var (exit, output) = PactCli.Verify(V2Pact, provider.Port);

        Assert.That(exit, Is.Not.EqualTo(0), output);
        Assert.That(output, Does.Contain(named), "the verifier failed, but not on what the variant broke");
    }

    public static IEnumerable<TestCaseData> UsersBreaks()
    {
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(u => { u.Remove("invitationCreatedAt"); return u; }), null, null, "invitationCreatedAt").SetName("Verifier_PendingUserWithoutInvitationCreatedAt_Fails");
        yield return new TestCaseData((Func<JsonObject, JsonObject>)(u => { u["roles"] = new JsonArray("ORG_OWNER"); return u; }), null, null, "roles").SetName("Verifier_RolesAsTheOldFlatList_Fails");
        yield return new TestCaseData(null, (Func<JsonObject, JsonNode>)(p => p["results"]!.DeepClone()), null, "results").SetName("Verifier_BareArrayInsteadOfTheEnvelope_Fails");
        yield return new TestCaseData(null, null, AtlasShapes.V2Media, "2023-01-01").SetName("Verifier_UsersInAnotherMediaTypeVersion_Fails");
    }

    [TestCaseSource(nameof(UsersBreaks))]
    public void Verifier_BrokenUsersProvider_Fails(Func<JsonObject, JsonObject>? variant, Func<JsonObject, JsonNode>? page, string? mediaType, string named)
    {
        using var provider = new SeedProvider(variant, mediaType, page);

        var (exit, output) = PactCli.Verify(UsersPact, provider.Port);

        Assert.That(exit, Is.Not.EqualTo(0), output);
        Assert.That(output, Does.Contain(named), "the verifier failed, but not on what the variant broke");
    }
}
