using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.PactCheck;

public class PactVerifierTests
{
    private const string OrgId = PactCheckSpecs.OrgId;
    private const string V2Media = PactCheckSpecs.V2Media;
    private const string Where = PactCheckSpecs.V2Where;

    private static readonly SpecDocument Alerts = PactCheckSpecs.OneGet("/alerts", "{ $ref: '#/components/schemas/Alert' }", """
        {
          Alert: { type: object, properties: { kind: { type: string } }, oneOf: [ { $ref: '#/components/schemas/HostAlert' }, { $ref: '#/components/schemas/UserAlert' } ] },
          HostAlert: { allOf: [ { $ref: '#/components/schemas/Alert' }, { type: object, properties: { host: { type: string } }, required: [host] } ] },
          UserAlert: { allOf: [ { $ref: '#/components/schemas/Alert' }, { type: object, properties: { user: { type: string } }, required: [user] } ] }
        }
        """);

    private static readonly SpecDocument InlineVariants = PactCheckSpecs.OneGet("/alerts", """
        { type: object, properties: { kind: { type: string } },
          oneOf: [ { type: object, properties: { host: { type: string } }, required: [host] }, { type: object, properties: { user: { type: string } }, required: [user] } ] }
        """);

    private static JsonObject Invitation() => JsonNode.Parse("""
        { "createdAt": "2025-05-04T09:42:00Z", "expiresAt": "2025-05-04T09:42:00Z", "id": "32b6e34b3d91647abb20e7b8",
          "inviterUsername": "hello@example.com", "orgId": "32b6e34b3d91647abb20e7b8", "orgName": "Example",
          "roles": ["ORG_OWNER"], "teamIds": [], "username": "hello@example.com",
          "groupRoleAssignments": [{ "groupId": "32b6e34b3d91647abb20e7b8", "groupRole": "GROUP_OWNER" }],
          "links": [{ "href": "https://cloud.mongodb.com/api/atlas", "rel": "self" }] }
        """)!.AsObject();

    private static PactInteraction Interaction(
        string path = "/api/atlas/v2/orgs/" + OrgId + "/invites",
        string accept = V2Media,
        string contentType = V2Media + "; charset=utf-8",
        int status = 200,
        JsonNode? body = null,
        Dictionary<string, IReadOnlyList<string>>? query = null) =>
        new("list invitations", "GET", path, query ?? [], new Dictionary<string, IReadOnlyList<string>> { ["Accept"] = [accept], ["Authorization"] = [PactCheckSpecs.Bearer] },
            status, new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = [contentType] }, body ?? new JsonArray(Invitation()), null);

    private static PactInteraction Alert(string body) =>
        new("alert", "GET", "/alerts", new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>(), 200,
            new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = ["application/json"] }, JsonNode.Parse(body), null);

    /// <summary>The problems of an interaction whose response examples are bare (their brittleness is MatcherCheckTests' subject).</summary>
    private static IReadOnlyList<string> Problems(PactInteraction interaction) => Problems(SpecLoader.Load(RepoPaths.V2Spec), interaction);

    private static IReadOnlyList<string> Problems(SpecDocument spec, PactInteraction interaction) =>
        new PactVerifier(spec).Verify([interaction]).Where(p => p.Code != ProblemCodes.ResponseMatcherBrittle).Select(p => p.Problem).ToList();

    [Test]
    public void Verify_ValidInteraction_HasNoProblems()
    {
        Assert.That(Problems(Interaction(query: new() { ["username"] = ["a+b@example.com"] })), Is.Empty);
    }

    [Test]
    public void Verify_AcceptOfAnotherVendorVersion_IsAProblem()
    {
        var problems = Problems(Interaction(accept: "application/vnd.atlas.2024-11-13+json"));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: Accept 'application/vnd.atlas.2024-11-13+json' is not a media type the spec offers for 200 ({V2Media})" }));
    }

    [Test]
    public void Verify_ContentTypeOfAnotherVendorVersion_IsAProblem()
    {
        var problems = Problems(Interaction(contentType: "application/vnd.atlas.2024-11-13+json"));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: response 200 Content-Type 'application/vnd.atlas.2024-11-13+json' is not offered by the spec ({V2Media})" }));
    }

    [Test]
    public void Verify_PlainJsonContentType_IsAProblem()
    {
        var problems = Problems(Interaction(contentType: "application/json"));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: response 200 Content-Type 'application/json' is not offered by the spec ({V2Media})" }));
    }

    [Test]
    public void Verify_PropertyNotInTheSpec_IsAProblem()
    {
        var invitation = Invitation();
        invitation["nickname"] = "x";

        var problems = Problems(Interaction(body: new JsonArray(invitation)));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: response 200 body $[0].nickname: property not in the spec" }));
    }

    [TestCase("id", "\"32b6e34b3d91647abb20e7b8\\n\"", "$[0].id: \"32b6e34b3d91647abb20e7b8\n\" does not match the pattern ^([a-f0-9]{24})$")]
    [TestCase("createdAt", "12", "$[0].createdAt: 12 where the schema expects string")]
    [TestCase("createdAt", "\"2025-13-04T09:42:00Z\"", "$[0].createdAt: \"2025-13-04T09:42:00Z\" is not a valid date-time")]
    [TestCase("id", "\"not-hex\"", "$[0].id: \"not-hex\" does not match the pattern ^([a-f0-9]{24})$")]
    [TestCase("roles", "\"ORG_OWNER\"", "$[0].roles: the string \"ORG_OWNER\" where the schema expects array")]
    [TestCase("roles", "[\"ORG_NOBODY\"]", "$[0].roles[0]: \"ORG_NOBODY\" is not one of \"ORG_OWNER\", \"ORG_MEMBER\", \"ORG_GROUP_CREATOR\", \"ORG_BILLING_ADMIN\", \"ORG_BILLING_READ_ONLY\", \"ORG_STREAM_PROCESSING_ADMIN\", \"ORG_READ_ONLY\"")]
    [TestCase("username", "42", "$[0].username: 42 where the schema expects string")]
    [TestCase("orgName", "null", "$[0].orgName: null where the schema expects string")]
    public void Verify_FieldOfTheWrongShape_IsAProblemAtItsPath(string field, string json, string problem)
    {
        var invitation = Invitation();
        invitation[field] = JsonNode.Parse(json);

        var problems = Problems(Interaction(body: new JsonArray(invitation)));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: response 200 body {problem}" }));
    }

    [Test]
    public void Verify_ResponseLeavingOutARequiredProperty_IsAllowedAsTheConsumerReadsASubset()
    {
        var invitation = Invitation();
        invitation.Remove("orgName");

        Assert.That(Problems(Interaction(body: new JsonArray(invitation))), Is.Empty);
    }

    [Test]
    public void Verify_UndeclaredQueryParameter_IsAProblem()
    {
        var problems = Problems(Interaction(query: new() { ["status"] = ["PENDING"] }));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: query parameter 'status' is not declared by the spec" }));
    }

    [Test]
    public void Verify_OrgIdNotTwentyFourHex_IsAProblem()
    {
        var problems = Problems(Interaction(path: "/api/atlas/v2/orgs/NOT-AN-ID/invites"));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: path parameter orgId: \"NOT-AN-ID\" does not match the pattern ^([a-f0-9]{{24}})$" }));
    }

    [Test]
    public void Verify_UndeclaredStatus_IsAProblem()
    {
        var problems = Problems(Interaction(status: 418, body: new JsonObject()));

        Assert.That(problems, Is.EqualTo(new[] { $"{Where}: response status 418 is not declared (declared: 200, 400, 401, 403, 404, 429, 500)" }));
    }

    [Test]
    public void Verify_UnknownPath_IsAProblem()
    {
        var problems = Problems(Interaction(path: "/api/atlas/v2/orgs/" + OrgId + "/users"));

        Assert.That(problems, Is.EqualTo(new[] { $"GET /api/atlas/v2/orgs/{OrgId}/users: no path of the spec matches" }));
    }

    [Test]
    public void Verify_ErrorResponseWithApiErrorBody_HasNoProblems()
    {
        var body = JsonNode.Parse("""{ "error": 404, "errorCode": "RESOURCE_NOT_FOUND", "reason": "Not Found", "detail": "No org." }""");

        Assert.That(Problems(Interaction(status: 404, contentType: "application/json", body: body)), Is.Empty);
    }

    [Test]
    public void Match_ColonActionPathsOfTheRealSpec_FindTheirTemplate()
    {
        var spec = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));
        var pause = spec.Paths.Select(p => p.Key).First(p => p.Contains("}:", StringComparison.Ordinal));
        var concrete = System.Text.RegularExpressions.Regex.Replace(pause, "{[^}]*}", OrgId);

        var match = new PathMatcher(spec).Match(concrete);

        Assert.That(match?.Template, Is.EqualTo(pause));
        Assert.That(match!.Value.Parameters.Values, Has.All.EqualTo(OrgId));
    }

    [Test]
    public void Load_V4PactFile_ReadsInteractions()
    {
        var pact = JsonNode.Parse($$"""
            { "consumer": { "name": "c" }, "provider": { "name": "p" }, "metadata": { "pactSpecification": { "version": "4.0" } },
              "interactions": [{ "type": "Synchronous/HTTP", "description": "d",
                "request": { "method": "GET", "path": "/api/atlas/v2/orgs/{{OrgId}}/invites", "query": { "username": ["a@b.c"] }, "headers": { "Accept": ["{{V2Media}}"], "Authorization": ["{{PactCheckSpecs.Bearer}}"] } },
                "response": { "status": 200, "headers": { "Content-Type": ["{{V2Media}}"] }, "body": { "content": [], "contentType": "{{V2Media}}", "encoded": false } } }] }
            """)!.AsObject();

        var (consumer, provider, interactions) = PactFile.Parse(pact, "p.json");

        Assert.That((consumer, provider), Is.EqualTo(("c", "p")));
        Assert.That(interactions, Has.Count.EqualTo(1));
        var i = interactions[0];
        Assert.That((i.Description, i.Method, i.Status, i.ResponseContentType, i.ResponseBody?.ToJsonString()), Is.EqualTo(("d", "GET", 200, V2Media, "[]")));
        Assert.That(i.Query["username"], Is.EqualTo(new[] { "a@b.c" }));
        Assert.That(new PactVerifier(SpecLoader.Load(RepoPaths.V2Spec)).Verify(interactions), Is.Empty);
    }

    [TestCase("""{ "kind": "HOST", "host": "h1" }""", new string[0])]
    [TestCase("""{ "kind": "USER", "user": "u1" }""", new string[0])]
    [TestCase("""{ "kind": "HOST" }""", new string[0])]
    [TestCase("""{ "kind": "HOST", "host": "h1", "user": "u1" }""", new[] { "GET /alerts: response 200 body $: matches 0 of the 2 oneOf variants (at least one expected)" })]
    [TestCase("""{ "kind": "HOST", "host": 7 }""", new[] { "GET /alerts: response 200 body $: matches 0 of the 2 oneOf variants (at least one expected)" })]
    public void Verify_DiscriminatorParentWhoseChildrenAllOfIt_TerminatesAndValidates(string body, string[] expected)
    {
        var problems = Problems(Alerts, Alert(body));

        Assert.That(problems, Is.EqualTo(expected));
    }

    [TestCase("""{ "kind": "HOST", "host": "h1" }""", new string[0])]
    [TestCase("""{ "kind": "HOST", "host": "h1", "extra": 1 }""", new[] { "GET /alerts: response 200 body $: matches 0 of the 2 oneOf variants (at least one expected)", "GET /alerts: response 200 body $.extra: property not in the spec" })]
    public void Verify_OneOfOfInlineVariants_AllowsTheParentAndTheMatchedVariantProperties(string body, string[] expected)
    {
        var problems = Problems(InlineVariants, Alert(body));

        Assert.That(problems, Is.EqualTo(expected));
    }

    [Test]
    public void Verify_InvalidQueryValueInA400Interaction_IsAllowed()
    {
        var invalid = Interaction(status: 400, contentType: "application/json", body: JsonNode.Parse("""{ "error": 400, "errorCode": "VALIDATION_ERROR" }"""), query: new() { ["username"] = ["not-an-email"] });

        Assert.That(Problems(invalid), Is.Empty);
        Assert.That(Problems(Interaction(query: new() { ["username"] = ["not-an-email"] })), Is.EqualTo(new[] { $"{Where}: query parameter username: \"not-an-email\" is not a valid email" }));
    }

    [Test]
    public void Verify_EnvelopedResponse_ValidatesTheContentAgainstTheSchema()
    {
        var envelope = new JsonObject { ["status"] = 200, ["content"] = new JsonArray(Invitation()) };
        var broken = new JsonObject { ["status"] = 200, ["content"] = new JsonArray(new JsonObject { ["id"] = 7, ["orgName"] = "Example" }) };

        var ok = Problems(Interaction(body: envelope, query: new() { ["envelope"] = ["true"] }));
        var bad = Problems(Interaction(body: broken, query: new() { ["envelope"] = ["true"] }));
        var notAnEnvelope = Problems(Interaction(query: new() { ["envelope"] = ["true"] }));

        Assert.That(ok, Is.Empty);
        Assert.That(bad, Is.EqualTo(new[] { $"{Where}: response 200 body $.content[0].id: 7 where the schema expects string" }));
        Assert.That(notAnEnvelope, Is.EqualTo(new[] { $"{Where}: response 200 to envelope=true is not an envelope {{\"status\": …, \"content\": …}}" }));
    }
}
