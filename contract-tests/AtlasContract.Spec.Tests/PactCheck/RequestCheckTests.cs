using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using static AtlasContract.Spec.Tests.PactCheck.Shop;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>The parts of a request verify-pact once did not compare with the spec: body, headers, security, templates, overrides.</summary>
public class RequestCheckTests
{
    [Test]
    public void Verify_ValidOrderBody_HasNoProblems()
    {
        Assert.That(Check(Order("""{ "sku": "ABC-1", "quantity": 3 }""")), Is.Empty);
    }

    [Test]
    public void Verify_RequestBodyAgainstItsSchema_IsCheckedWithRequiredAndAllOfBranches()
    {
        Assert.That(Check(Order("""{ "sku": "abc", "quantity": 3 }""")), Is.EqualTo(new[] { "request.body.incompatible: POST /orders: request body $.sku: \"abc\" does not match the pattern ^[A-Z]{3}-[0-9]+$" }));
        Assert.That(Check(Order("""{ "quantity": 3 }""")), Is.EqualTo(new[] { "request.body.incompatible: POST /orders: request body $: required property 'sku' is missing" }));

        // quantity is declared in both allOf branches: minimum 1 in one, maximum 10 in the other; both hold.
        Assert.That(Check(Order("""{ "sku": "ABC-1", "quantity": 11 }""")), Is.EqualTo(new[] { "request.body.incompatible: POST /orders: request body $.quantity: 11 is above maximum 10" }));
        Assert.That(Check(Order("""{ "sku": "ABC-1", "quantity": 0 }""")), Is.EqualTo(new[] { "request.body.incompatible: POST /orders: request body $.quantity: 0 is below minimum 1" }));
    }

    [Test]
    public void Verify_RequestBodyPointer_NamesThePlaceInThePact()
    {
        var problem = new PactVerifier(Document).Verify([Order("""{ "sku": "abc", "quantity": 3 }""") with { Index = 4 }]).Single();

        Assert.That((problem.Code, problem.Index, problem.PactPointer, problem.SpecLocation),
            Is.EqualTo((ProblemCodes.RequestBodyIncompatible, 4, "/interactions/4/request/body/sku", "#/paths/~1orders/post/requestBody/content/application~1*/schema")));
    }

    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/vnd.shop+json")]
    public void Verify_ContentTypeWithParametersOrUnderAWildcardKey_IsAccepted(string contentType)
    {
        Assert.That(Check(Order("""{ "sku": "ABC-1", "quantity": 3 }""", contentType)), Is.Empty);
    }

    [Test]
    public void Verify_ContentTypeTheOperationDoesNotAccept_IsAProblem()
    {
        Assert.That(Check(Order("""{ "sku": "ABC-1", "quantity": 3 }""", "text/csv")),
            Is.EqualTo(new[] { "request.content-type.incompatible: POST /orders: request Content-Type 'text/csv' is not one the operation accepts (application/*, application/xml)" }));
    }

    [Test]
    public void Verify_RequiredBodyNotSent_IsAProblem()
    {
        Assert.That(Check(Order(null, contentType: null)), Is.EqualTo(new[] { "request.body.missing: POST /orders: the operation requires a request body; none is sent" }));
    }

    [Test]
    public void Verify_XmlBody_IsAVisibleWarningNotASilentPass()
    {
        var interaction = Order(null, "application/xml") with { RequestBody = JsonValue.Create("<order><sku>ABC-1</sku></order>"), HasRequestBody = true };

        var problem = new PactVerifier(Document).Verify([interaction]).Single();

        Assert.That((problem.Code, problem.Level), Is.EqualTo((ProblemCodes.RequestBodyUnvalidatable, AtlasContract.Spec.Diff.Level.Warn)));
        Assert.That(problem.ToString(), Is.EqualTo("an order: POST /orders: request body in 'application/xml' could not be validated (this check validates JSON, text and URL-encoded form bodies)"));
    }

    [Test]
    public void Verify_RefusedRequest_NeedsOnlyToReachTheOperation()
    {
        Assert.That(Check(Order("""{ "sku": "abc" }""", status: 400, credentials: "none")), Is.Empty);
        Assert.That(Check(Item(path: "/items/0", headers: Map(("Accept", "application/json")), status: 404)), Is.Empty);
    }

    [Test]
    public void Verify_RequiredHeaderMissingOrMistyped_IsAProblem()
    {
        Assert.That(Check(Item(headers: Map(("Authorization", Bearer)))), Is.EqualTo(new[] { "request.header.missing: GET /items/{id}: required request header 'X-Request-Id' is not sent" }));
        Assert.That(Check(Item(headers: Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"), ("X-Page", "two"), ("Authorization", Bearer)))),
            Is.EqualTo(new[] { "request.header.incompatible: GET /items/{id}: request header X-Page: the string \"two\" where the schema expects integer" }));
    }

    [Test]
    public void Verify_NoCredentials_IsAProblemNamingEachAlternative()
    {
        Assert.That(Check(Item(headers: Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000")))), Is.EqualTo(new[]
        {
            "request.authorization.missing: GET /items/{id}: the request meets none of the operation's security requirements (no BearerAuth: Authorization bearer; no ApiKeyHeader: header 'X-API-Key'; no ApiKeyQuery: query 'api_key'; no SessionCookie: cookie 'session')",
        }));
        Assert.That(Check(Item(headers: Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"), ("Authorization", "Basic dXNlcg==")))), Has.Count.EqualTo(1));
    }

    [TestCase("X-API-Key", "k-123", null)]
    [TestCase("Cookie", "theme=dark; session=abc", null)]
    [TestCase(null, null, "api_key")]
    public void Verify_CredentialsOfADeclaredScheme_MeetTheRequirementAndAreNotUndeclared(string? header, string? value, string? query)
    {
        var headers = Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"));
        if (header is not null)
        {
            headers[header] = [value!];
        }

        Assert.That(Check(Item(headers: headers, query: query is null ? null : Map((query, "k-123")))), Is.Empty);
    }

    [TestCase("Cache-Control", "no-cache")]
    [TestCase("If-Match", "\"abc\"")]
    [TestCase("Origin", "https://example.com")]
    [TestCase("User-Agent", "atlas-contract/1.0")]
    public void Verify_StandardRequestHeader_IsNotUndeclared(string name, string value)
    {
        var headers = Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"), ("Authorization", Bearer), (name, value));

        Assert.That(Check(Item(headers: headers)), Is.Empty);
    }

    [Test]
    public void Verify_UndeclaredCustomHeader_IsAProblem()
    {
        var headers = Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"), ("Authorization", Bearer), ("X-Trace", "1"));

        Assert.That(Check(Item(headers: headers)), Is.EqualTo(new[] { "request.header.unknown: GET /items/{id}: request header 'X-Trace' is not declared by the spec" }));
    }

    [Test]
    public void Verify_OperationParameter_OverridesThePathLevelOneOfTheSameName()
    {
        // Path level: id is a string and verbose a string; the operation makes id an integer >= 1 and verbose a boolean.
        Assert.That(Check(Item(path: "/items/abc")), Is.EqualTo(new[] { "request.path.incompatible: GET /items/{id}: path parameter id: the string \"abc\" where the schema expects integer" }));
        Assert.That(Check(Item(query: Map(("verbose", "yes")))), Is.EqualTo(new[] { "request.query.incompatible: GET /items/{id}: query parameter verbose: the string \"yes\" where the schema expects boolean" }));
        Assert.That(Check(Item(query: Map(("verbose", "true")))), Is.Empty);
    }

    [Test]
    public void Verify_NonOpenApiTemplateSyntax_MatchesByNameWithAWarning()
    {
        var interaction = new PactInteraction("legacy", "GET", "/legacy/42", Map(), Map(), 200, Map(), null, null);

        Assert.That(Check(interaction), Is.EqualTo(new[] { "spec.path.template: GET /legacy/{id*}: the spec's path template uses {id*}, which is not OpenAPI template syntax ({name}); matched by its name" }));
    }
}
