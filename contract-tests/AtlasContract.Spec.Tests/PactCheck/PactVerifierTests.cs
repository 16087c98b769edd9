using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.PactCheck;

public class PactVerifierTests
{
    private const string OrgId = "32b6e34b3d91647abb20e7b8";
    private const string V2Media = "application/vnd.atlas.2023-01-01+json";

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
        new("list invitations", "GET", path, query ?? [], new Dictionary<string, IReadOnlyList<string>> { ["Accept"] = [accept] },
            status, new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = [contentType] }, body ?? new JsonArray(Invitation()), null);

    private static IReadOnlyList<string> Problems(PactInteraction interaction) =>
        new PactVerifier(SpecLoader.Load(RepoPaths.V2Spec)).Verify(interaction).ToList();

    [Test]
    public void Verify_ValidInteraction_HasNoProblems()
    {
        Assert.That(Problems(Interaction(query: new() { ["username"] = ["a+b@example.com"] })), Is.Empty);
    }

    [Test]
    public void Verify_AcceptOfAnotherVendorVersion_IsAProblem()
    {
        var problems = Problems(Interaction(accept: "application/vnd.atlas.2024-11-13+json"));

        Assert.That(problems, Has.Some.Contains("Accept 'application/vnd.atlas.2024-11-13+json' is not a media type the spec offers"));
    }

    [Test]
    public void Verify_ContentTypeOfAnotherVendorVersion_IsAProblem()
    {
        var problems = Problems(Interaction(contentType: "application/vnd.atlas.2024-11-13+json"));

        Assert.That(problems, Has.Some.Contains("Content-Type 'application/vnd.atlas.2024-11-13+json' is not offered"));
    }

    [Test]
    public void Verify_PlainJsonContentType_IsAProblem()
    {
        Assert.That(Problems(Interaction(contentType: "application/json")), Is.Not.Empty);
    }

    [Test]
    public void Verify_PropertyNotInTheSpec_IsAProblem()
    {
        var invitation = Invitation();
        invitation["nickname"] = "x";

        var problems = Problems(Interaction(body: new JsonArray(invitation)));

        Assert.That(problems, Has.Some.Contains("$[0].nickname: property not in the spec"));
    }

    [TestCase("id", "\"32b6e34b3d91647abb20e7b8\\n\"", "$[0].id")]
    [TestCase("createdAt", "12", "$[0].createdAt")]
    [TestCase("id", "\"not-hex\"", "$[0].id")]
    [TestCase("roles", "\"ORG_OWNER\"", "$[0].roles")]
    [TestCase("username", "42", "$[0].username")]
    public void Verify_FieldOfTheWrongShape_IsAProblemAtItsPath(string field, string json, string path)
    {
        var invitation = Invitation();
        invitation[field] = JsonNode.Parse(json);

        var problems = Problems(Interaction(body: new JsonArray(invitation)));

        Assert.That(problems, Has.Some.Contains(path));
    }

    [Test]
    public void Verify_UndeclaredQueryParameter_IsAProblem()
    {
        var problems = Problems(Interaction(query: new() { ["status"] = ["PENDING"] }));

        Assert.That(problems, Has.Some.Contains("query parameter 'status' is not declared"));
    }

    [Test]
    public void Verify_OrgIdNotTwentyFourHex_IsAProblem()
    {
        var problems = Problems(Interaction(path: "/api/atlas/v2/orgs/NOT-AN-ID/invites"));

        Assert.That(problems, Has.Some.Contains("path parameter orgId"));
    }

    [Test]
    public void Verify_UndeclaredStatus_IsAProblem()
    {
        var problems = Problems(Interaction(status: 418, body: new JsonObject()));

        Assert.That(problems, Has.Some.Contains("response status 418 is not declared"));
    }

    [Test]
    public void Verify_UnknownPath_IsAProblem()
    {
        Assert.That(Problems(Interaction(path: "/api/atlas/v2/orgs/" + OrgId + "/users")), Has.Some.Contains("no path of the spec matches"));
    }

    [Test]
    public void Verify_ErrorResponseWithApiErrorBody_HasNoProblems()
    {
        var body = JsonNode.Parse("""{ "error": 404, "errorCode": "RESOURCE_NOT_FOUND", "reason": "Not Found", "detail": "No org." }""");

        Assert.That(Problems(Interaction(status: 404, contentType: "application/json", body: body)), Is.Empty);
    }

    [Test]
    public void Verify_ColonActionPathsOfTheRealSpec_MatchWithoutCrashing()
    {
        var spec = SpecLoader.Load(RepoPaths.AtlasSpec("2026-08-21"));
        var pause = spec.Paths.Select(p => p.Key).First(p => p.Contains("}:", StringComparison.Ordinal));
        var concrete = System.Text.RegularExpressions.Regex.Replace(pause, "{[^}]*}", OrgId);

        var problems = new PactVerifier(spec).Verify(Interaction(path: concrete)).ToList();

        Assert.That(problems, Has.None.Contains("no path of the spec matches"));
    }

    [Test]
    public void Load_V4PactFile_ReadsInteractions()
    {
        var pact = JsonNode.Parse($$"""
            { "consumer": { "name": "c" }, "provider": { "name": "p" }, "metadata": { "pactSpecification": { "version": "4.0" } },
              "interactions": [{ "type": "Synchronous/HTTP", "description": "d",
                "request": { "method": "GET", "path": "/api/atlas/v2/orgs/{{OrgId}}/invites", "query": { "username": ["a@b.c"] }, "headers": { "Accept": ["{{V2Media}}"] } },
                "response": { "status": 200, "headers": { "Content-Type": ["{{V2Media}}"] }, "body": { "content": [], "contentType": "{{V2Media}}", "encoded": false } } }] }
            """)!.AsObject();

        var (consumer, provider, interactions) = PactFile.Parse(pact, "p.json");

        Assert.That((consumer, provider), Is.EqualTo(("c", "p")));
        Assert.That(new PactVerifier(SpecLoader.Load(RepoPaths.V2Spec)).Verify(interactions), Is.Empty);
    }

    [Test]
    public void Verify_DiscriminatorParentWhoseChildrenAllOfIt_TerminatesAndValidates()
    {
        var spec = SpecLoader.Parse("""
            openapi: 3.0.1
            info: { title: t, version: '1' }
            paths:
              /alerts:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Alert' }
            components:
              schemas:
                Alert:
                  type: object
                  properties: { kind: { type: string } }
                  oneOf: [ { $ref: '#/components/schemas/HostAlert' }, { $ref: '#/components/schemas/UserAlert' } ]
                HostAlert:
                  allOf: [ { $ref: '#/components/schemas/Alert' }, { type: object, properties: { host: { type: string } }, required: [host] } ]
                UserAlert:
                  allOf: [ { $ref: '#/components/schemas/Alert' }, { type: object, properties: { user: { type: string } }, required: [user] } ]
            """, "alerts.yaml");
        var interaction = new PactInteraction("alert", "GET", "/alerts", new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>(), 200,
            new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = ["application/json"] }, JsonNode.Parse("""{ "kind": "HOST", "host": "h1" }"""), null);

        var problems = new PactVerifier(spec).Verify(interaction).ToList();

        Assert.That(problems, Has.None.Contains("oneOf"));
    }

    [Test]
    public void Verify_InvalidQueryValueInA400Interaction_IsAllowed()
    {
        var invalid = Interaction(status: 400, contentType: "application/json", body: JsonNode.Parse("""{ "error": 400, "errorCode": "VALIDATION_ERROR" }"""), query: new() { ["username"] = ["not-an-email"] });

        Assert.That(Problems(invalid), Is.Empty);
        Assert.That(Problems(Interaction(query: new() { ["username"] = ["not-an-email"] })), Has.Some.Contains("is not a valid email"));
    }

    [Test]
    public void Verify_EnvelopedResponse_ValidatesTheContentAgainstTheSchema()
    {
        var envelope = new JsonObject { ["status"] = 200, ["content"] = new JsonArray(Invitation()) };
        var broken = new JsonObject { ["status"] = 200, ["content"] = new JsonArray(new JsonObject { ["id"] = 7 }) };

        var ok = Problems(Interaction(body: envelope, query: new() { ["envelope"] = ["true"] }));
        var bad = Problems(Interaction(body: broken, query: new() { ["envelope"] = ["true"] }));
        var notAnEnvelope = Problems(Interaction(query: new() { ["envelope"] = ["true"] }));

        Assert.That(ok, Is.Empty);
        Assert.That(bad, Has.Some.Contains("$.content[0].id"));
        Assert.That(notAnEnvelope, Has.Some.Contains("is not an envelope"));
    }
}
