using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>
/// verify-pact reads the matching rules, by direction: every value a request matcher admits must be one the spec
/// allows (the consumer may send it); no value the spec allows may be refused by a response matcher or a bare
/// response example (the provider may send it: such a pact is brittle).
/// </summary>
public class MatcherCheckTests
{
    private const string OrgId = PactCheckSpecs.OrgId;
    private const string V2Media = PactCheckSpecs.V2Media;
    private const string Where = PactCheckSpecs.V2Where;

    private const string ThingSchema = """
        { type: object, properties: {
            tags: { type: array, items: { type: string }, minItems: 1, maxItems: 3 },
            count: { type: integer, minimum: 0 },
            kind: { type: string, enum: [SMALL, LARGE] } } }
        """;

    private static readonly SpecDocument Things = PactCheckSpecs.OnePost("/things", ThingSchema);

    private static readonly SpecDocument ThingResponses = PactCheckSpecs.OneGet("/things", ThingSchema);

    private static JsonObject Invitation() => JsonNode.Parse("""
        { "createdAt": "2025-05-04T09:42:00Z", "id": "32b6e34b3d91647abb20e7b8", "orgName": "Example", "roles": ["ORG_OWNER"], "username": "hello@example.com" }
        """)!.AsObject();

    private static IReadOnlyList<string> V2(string responseRules, string? requestRules = null, string contentType = V2Media, JsonNode? body = null) =>
        new PactVerifier(SpecLoader.Load(RepoPaths.V2Spec)).Verify(new PactInteraction(
            "list invitations", "GET", $"/api/atlas/v2/orgs/{OrgId}/invites", new Dictionary<string, IReadOnlyList<string>> { ["username"] = ["hello@example.com"] },
            new Dictionary<string, IReadOnlyList<string>> { ["Accept"] = [V2Media], ["Authorization"] = [PactCheckSpecs.Bearer] }, 200,
            new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = [contentType] }, body ?? new JsonArray(Invitation()), null,
            requestRules is null ? null : JsonNode.Parse(requestRules)!.AsObject(), JsonNode.Parse(responseRules)!.AsObject())).ToList();

    /// <summary>A POST /things whose request body and rules are given (the request direction).</summary>
    private static IReadOnlyList<string> Thing(string body, string requestRules) =>
        new PactVerifier(Things).Verify(new PactInteraction(
            "a thing", "POST", "/things", new Dictionary<string, IReadOnlyList<string>>(),
            new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = ["application/json"] }, 201,
            new Dictionary<string, IReadOnlyList<string>>(), null, null,
            JsonNode.Parse(requestRules)!.AsObject(), null, JsonNode.Parse(body), "application/json")).ToList();

    /// <summary>A GET /things answered with the given body and rules (the response direction).</summary>
    private static IReadOnlyList<string> ThingResponse(string body, string responseRules) =>
        new PactVerifier(ThingResponses).Verify(new PactInteraction(
            "a thing", "GET", "/things", new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>(), 200,
            new Dictionary<string, IReadOnlyList<string>> { ["Content-Type"] = ["application/json"] }, JsonNode.Parse(body), null,
            null, JsonNode.Parse(responseRules)!.AsObject())).ToList();

    private static string Body(string path, string matchers) => $$"""{ "body": { "{{path}}": { "combine": "AND", "matchers": [{{matchers}}] } } }""";

    [Test]
    public void Verify_TolerantResponseMatchers_HaveNoProblems()
    {
        var rules = $$"""
            { "body": {
                "$": { "matchers": [{ "match": "type", "min": 1 }] },
                "$[*].id": { "matchers": [{ "match": "regex", "regex": "^[a-f0-9]{24}$" }] },
                "$[*].createdAt": { "matchers": [{ "match": "regex", "regex": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,7})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }] },
                "$[*].orgName": { "matchers": [{ "match": "type" }] },
                "$[*].roles": { "matchers": [{ "match": "type", "min": 0 }] },
                "$[*].roles[*]": { "matchers": [{ "match": "regex", "regex": "^[A-Z][A-Z0-9_]*$" }] },
                "$[*].username": { "matchers": [{ "match": "equality" }] } },
              "header": { "Content-Type": { "matchers": [{ "match": "regex", "regex": "^application/vnd\\.atlas\\.2023-01-01\\+json(\\s*;.*)?$" }] } } }
            """;

        Assert.That(V2(rules), Is.Empty);
    }

    [Test]
    public void Verify_ResponseRegexNarrowerThanTheSpecPattern_IsBrittleWithAWitness()
    {
        var problems = V2(Body("$[*].orgName", """{ "match": "regex", "regex": "^[A-Za-z]{1,64}$" }"""));

        Assert.That(problems.Where(p => p.Contains("orgName", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
        Assert.That(problems.Single(p => p.Contains("orgName", StringComparison.Ordinal)), Does.Match(@"^GET /api/atlas/v2/orgs/\{orgId\}/invites: response 200 body \$\[\*\]\.orgName: the regex matcher \^\[A-Za-z\]\{1,64\}\$ refuses ""[^""]*[^A-Za-z""][^""]*"", which the spec allows: a correct provider can fail this pact \(brittle\)$"));
    }

    [Test]
    public void Verify_BareResponseExampleWhereTheSpecAllowsOthers_IsBrittle()
    {
        var problems = ThingResponse("""{ "count": 2 }""", "{}");

        Assert.That(problems, Is.EqualTo(new[] { "GET /things: response 200 body $.count: the bare example (compared by equality) refuses 0, which the spec allows: a correct provider can fail this pact (brittle)" }));
    }

    [Test]
    public void Verify_TypeMatcherOnAResponseEnumField_IsTolerantNotAProblem()
    {
        Assert.That(ThingResponse("""{ "kind": "SMALL" }""", Body("$.kind", """{ "match": "type" }""")), Is.Empty);
    }

    [Test]
    public void Verify_ResponseRegexRefusingADeclaredEnumValue_IsBrittleWithThatValue()
    {
        var problems = ThingResponse("""{ "kind": "SMALL" }""", Body("$.kind", """{ "match": "regex", "regex": "^S[A-Z]+$" }"""));

        Assert.That(problems, Is.EqualTo(new[] { "GET /things: response 200 body $.kind: the regex matcher ^S[A-Z]+$ refuses \"LARGE\", which the spec allows: a correct provider can fail this pact (brittle)" }));
    }

    [Test]
    public void Verify_EqualityMatcherOnAResponseField_IsTheConsumersChoiceNotJudged()
    {
        Assert.That(ThingResponse("""{ "count": 2 }""", Body("$.count", """{ "match": "equality" }""")), Is.Empty);
    }

    [Test]
    public void Verify_TypeMatcherOnARequestPatternField_IsAProblemAtItsPath()
    {
        var problems = Thing("""{ "kind": "SMALL" }""", Body("$.kind", """{ "match": "type" }"""));

        Assert.That(problems, Is.EqualTo(new[] { "POST /things: request body $.kind: the type matcher admits \"\", which the spec refuses: \"\" is not one of \"SMALL\", \"LARGE\"" }));
    }

    [Test]
    public void Verify_RequestRegexOnAnEnumThatRefusesADeclaredValue_IsAProblemAtItsPath()
    {
        var problems = Thing("""{ "kind": "SMALL" }""", Body("$.kind", """{ "match": "regex", "regex": "^S[A-Z]+$" }"""));

        Assert.That(problems, Is.EqualTo(new[] { "POST /things: request body $.kind: the regex matcher ^S[A-Z]+$ admits \"SMALLZ\", which the spec refuses: \"SMALLZ\" is not one of \"SMALL\", \"LARGE\"" }));
    }

    [Test]
    public void Verify_RequestEachLikeMinZeroWhereTheSpecRequiresAnItem_IsAProblemAtItsPath()
    {
        var problems = Thing("""{ "tags": ["a"] }""", Body("$.tags", """{ "match": "type", "min": 0 }"""));

        Assert.That(problems, Is.EqualTo(new[] { "POST /things: request body $.tags: the type matcher (min 0) admits an empty array where the spec requires at least 1 item (minItems 1)" }));
    }

    [Test]
    public void Verify_RequestEachLikeWithoutMaxWhereTheSpecHasMaxItems_IsAProblemAtItsPath()
    {
        var problems = Thing("""{ "tags": ["a"] }""", Body("$.tags", """{ "match": "type", "min": 1 }"""));

        Assert.That(problems, Is.EqualTo(new[] { "POST /things: request body $.tags: the type matcher (min 1) admits any number of items where the spec allows at most 3 items (maxItems 3)" }));
    }

    [Test]
    public void Verify_RequestEachLikeWithinMinItemsAndMaxItems_HasNoProblems()
    {
        Assert.That(Thing("""{ "tags": ["a"] }""", Body("$.tags", """{ "match": "type", "min": 1, "max": 3 }""")), Is.Empty);
    }

    [Test]
    public void Verify_RequestNumberMatcherOnAnIntegerField_IsAProblemAtItsPath()
    {
        var problems = Thing("""{ "count": 2 }""", Body("$.count", """{ "match": "number" }"""));

        Assert.That(problems, Is.EqualTo(new[] { "POST /things: request body $.count: the number matcher admits 0.5, which the spec refuses: 0.5 where the schema expects integer" }));
    }

    [Test]
    public void Verify_RequestIntegerMatcherOnABoundedInteger_IsAllowedAsPactHasNoRangeMatcher()
    {
        Assert.That(Thing("""{ "count": 2 }""", Body("$.count", """{ "match": "integer" }""")), Is.Empty);
        Assert.That(Thing("""{ "count": -2 }""", Body("$.count", """{ "match": "integer" }""")), Is.EqualTo(new[] { "POST /things: request body $.count: -2 is below minimum 0" }));
    }

    [Test]
    public void Verify_RequestTypeMatcherCascadingOntoAnEnumField_IsAProblemAtTheRulePath()
    {
        var problems = Thing("""{ "kind": "SMALL", "count": 2 }""", Body("$", """{ "match": "type" }"""));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "POST /things: request body $ (the type matcher of $, which cascades here): the type matcher admits \"\", which the spec refuses: \"\" is not one of \"SMALL\", \"LARGE\"",
            "POST /things: request body $ (the type matcher of $, which cascades here): the type matcher admits 0.5, which the spec refuses: 0.5 where the schema expects integer",
        }));
    }

    [Test]
    public void Verify_MatcherTheCheckCannotRead_IsAProblemNotAPass()
    {
        Assert.That(Thing("""{ "kind": "SMALL" }""", Body("$.kind", """{ "match": "values" }""")), Is.EqualTo(new[] { "POST /things: request body $.kind: the 'values' matcher is not one this check can compare with the spec, so it cannot be checked against the spec" }));
        Assert.That(ThingResponse("""{ "kind": "SMALL" }""", Body("$.kind", """{ "match": "values" }""")), Is.EqualTo(new[] { "GET /things: response 200 body $.kind: the 'values' matcher is not one this check can compare with the spec, so it cannot be checked against the spec" }));
    }

    [Test]
    public void Verify_RuleMatchingNothingInTheExample_IsAProblemNotAPass()
    {
        var problems = Thing("""{ "kind": "SMALL" }""", Body("$.size", """{ "match": "type" }"""));

        Assert.That(problems, Is.EqualTo(new[] { "POST /things: request body $.size: the matching rule matches nothing in the example body, so its matcher cannot be checked" }));
    }

    [Test]
    public void Verify_QueryRegexAdmittingWhatTheParameterSchemaRefuses_IsAProblem()
    {
        var problems = V2("{}", """{ "query": { "username": { "matchers": [{ "match": "regex", "regex": ".*" }] } } }""", body: new JsonArray());

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith($"{Where}: request query username: the regex matcher .* admits \"").And.EndWith("is not a valid email"));
    }

    [Test]
    public void Verify_PathRegexAdmittingAnOrgIdTheSpecRefuses_IsAProblem()
    {
        var problems = V2("{}", $$"""{ "path": { "matchers": [{ "match": "regex", "regex": "^/api/atlas/v2/orgs/[a-z0-9]+/invites$" }] } }""", body: new JsonArray());

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith($"{Where}: request path: the regex matcher ^/api/atlas/v2/orgs/[a-z0-9]+/invites$ admits \"/api/atlas/v2/orgs/").And.EndWith("does not match the pattern ^([a-f0-9]{24})$"));
    }

    [Test]
    public void Verify_PathRegexWithinTheSpec_HasNoProblems()
    {
        Assert.That(V2("{}", """{ "path": { "matchers": [{ "match": "regex", "regex": "^/api/atlas/v2/orgs/[a-f0-9]{24}/invites$" }] } }""", body: new JsonArray()), Is.Empty);
    }

    [Test]
    public void Verify_RulesOfAPactFile_AreRead()
    {
        var pact = JsonNode.Parse($$"""
            { "consumer": { "name": "c" }, "provider": { "name": "p" },
              "interactions": [{ "type": "Synchronous/HTTP", "description": "d",
                "request": { "method": "GET", "path": "/api/atlas/v2/orgs/{{OrgId}}/invites", "headers": { "Authorization": ["{{PactCheckSpecs.Bearer}}"] } },
                "response": { "status": 200, "headers": { "Content-Type": ["{{V2Media}}"] },
                  "body": { "content": [{ "orgName": "Example" }], "contentType": "{{V2Media}}" },
                  "matchingRules": { "body": { "$[*].orgName": { "combine": "AND", "matchers": [{ "match": "regex", "regex": "^[A-Za-z]+$" }] } } } } }] }
            """)!.AsObject();

        var problems = new PactVerifier(SpecLoader.Load(RepoPaths.V2Spec)).Verify(PactFile.Parse(pact, "p.json").Interactions);

        Assert.That(problems.Select(p => (p.Code, p.PactPointer)), Is.EqualTo(new[] { (ProblemCodes.ResponseMatcherBrittle, "/interactions/0/response/matchingRules/body") }));
        Assert.That(problems[0].ToString(), Does.StartWith($"d: {Where}: response 200 body $[*].orgName: the regex matcher ^[A-Za-z]+$ refuses "));
    }

    [TestCase("$.body[*].id", "body", "$[*].id")]
    [TestCase("$.headers.Content-Type", "header", "Content-Type")]
    [TestCase("$.query.username", "query", "username")]
    public void Read_V2FlatRules_LandInTheirCategory(string key, string category, string name)
    {
        var rules = MatchingRules.Read(JsonNode.Parse($$"""{ "{{key}}": { "match": "type" } }""")!.AsObject());

        Assert.That(rules.Select(r => (r.Category, r.Name, r.Types.Single())), Is.EqualTo(new[] { (category, name, "type") }));
    }

    [TestCase("$", "")]
    [TestCase("$[*].roles[*]", "*|roles|*")]
    [TestCase("$.content[2]['odd name'].x", "content|2|odd name|x")]
    [TestCase("$.*", "*")]
    public void Parse_RulePath_ReadsEachStep(string path, string steps)
    {
        var parsed = MatchingRules.Parse(path);

        Assert.That(string.Join("|", parsed!.Select(s => s.IsStar ? "*" : s.Name ?? s.Index!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.EqualTo(steps));
    }

    [TestCase("$..x")]
    [TestCase("x")]
    [TestCase("$[")]
    [TestCase("$[abc]")]
    public void Parse_PathOutsideTheSubset_IsNull(string path)
    {
        Assert.That(MatchingRules.Parse(path), Is.Null);
    }
}
