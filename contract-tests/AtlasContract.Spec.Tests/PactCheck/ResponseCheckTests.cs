using System.Text.Json.Nodes;
using static AtlasContract.Spec.Tests.PactCheck.Shop;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>Response headers, media types and bodies: what the consumer relies on must be declared; what it may leave out is fine.</summary>
public class ResponseCheckTests
{
    private static JsonNode ItemBody() => JsonNode.Parse("""{ "id": 7, "name": "lamp" }""")!;

    /// <summary>Checks of GET /items/7 answered 200, without the (separately tested) brittleness of its bare examples.</summary>
    private static IReadOnlyList<string> Answered(Dictionary<string, IReadOnlyList<string>>? headers = null, JsonNode? body = null, string? contentType = null, int status = 200) =>
        Check(Item(status: status, responseHeaders: headers, body: body, contentType: contentType)).Where(p => !p.StartsWith("response.matcher.brittle", StringComparison.Ordinal)).ToList();

    [Test]
    public void Verify_BodyWithoutContentType_IsCheckedAgainstTheProvidersMediaType()
    {
        Assert.That(Answered(body: ItemBody()), Is.Empty);
        Assert.That(Answered(body: JsonNode.Parse("""{ "id": "seven" }""")), Is.EqualTo(new[] { "response.body.incompatible: GET /items/{id}: response 200 body $.id: the string \"seven\" where the schema expects integer" }));
    }

    [Test]
    public void Verify_MediaTypeParameterOnTheSpecsKey_StillMatches()
    {
        Assert.That(Answered(Map(("Content-Type", "application/json")), ItemBody()), Is.Empty);
    }

    [Test]
    public void Verify_UndeclaredResponseHeaderTheConsumerExpects_IsAProblem()
    {
        Assert.That(Answered(Map(("Content-Type", "application/json"), ("X-Cursor", "abc")), ItemBody()),
            Is.EqualTo(new[] { "response.header.unknown: GET /items/{id}: response 200 header 'X-Cursor' is not declared by the spec (the provider need not send it)" }));
    }

    [Test]
    public void Verify_DeclaredResponseHeaderOfTheWrongType_IsAProblem()
    {
        Assert.That(Answered(Map(("Content-Type", "application/json"), ("X-Rate-Limit", "many")), ItemBody()),
            Is.EqualTo(new[] { "response.header.incompatible: GET /items/{id}: response 200 header X-Rate-Limit: the string \"many\" where the schema expects integer" }));
        Assert.That(Answered(Map(("Content-Type", "application/json"), ("X-Rate-Limit", "100"), ("Cache-Control", "no-store")), ItemBody()), Is.Empty);
    }

    [Test]
    public void Verify_ContentTypeOfAResponseWithoutContent_IsAProblem()
    {
        Assert.That(Answered(Map(("Content-Type", "application/json")), status: 204),
            Is.EqualTo(new[] { "response.content-type.incompatible: GET /items/{id}: response 204 Content-Type 'application/json' is not offered by the spec (none)" }));
    }

    [Test]
    public void Verify_AcceptSentToAResponseWithoutContent_IsNotAProblem()
    {
        var headers = Map(("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000"), ("Authorization", Bearer), ("Accept", "application/json"));

        Assert.That(Check(Item(headers: headers, status: 204)), Is.Empty);
    }

    [Test]
    public void Verify_StatusRange_MatchesA4XXResponse()
    {
        Assert.That(Answered(Map(("Content-Type", "application/json")), JsonNode.Parse("""{ "message": "gone" }"""), status: 410), Is.Empty);
    }
}
