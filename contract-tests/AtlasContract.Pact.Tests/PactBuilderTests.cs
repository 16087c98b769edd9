using System.Text.Json.Nodes;

namespace AtlasContract.Pact.Tests;

public class PactBuilderTests
{
    private static PactBuilder Pact(FakeDriver driver) => new("consumer", "provider", Path.GetTempPath(), driver);

    private static void Register(PactBuilder pact, string description = "a request") =>
        pact.UponReceiving(description).Given("state one", new Dictionary<string, string> { ["id"] = "1" })
            .WithRequest("get", "/things").WithQuery("q", "a+b").WithQuery("q", "c").WithHeader("Accept", "application/json")
            .WillRespond().WithStatus(200).WithHeader("Content-Type", "application/json").WithJsonBody(Match.EachLike(new JsonObject { ["id"] = Match.Integer(1) }));

    [Test]
    public async Task VerifyAsync_RegisteredInteraction_ReachesTheDriverAsRecorded()
    {
        var driver = new FakeDriver();
        var pact = Pact(driver);
        Register(pact);

        await pact.VerifyAsync(_ => Task.CompletedTask);

        var model = driver.Started.Single();
        Assert.That((model.Consumer, model.Provider), Is.EqualTo(("consumer", "provider")));
        var i = model.Interactions.Single();
        Assert.That((i.Method, i.Path, i.Status), Is.EqualTo(("GET", "/things", 200)));
        Assert.That(i.Query, Is.EqualTo(new[] { ("q", "a+b"), ("q", "c") }));
        Assert.That(i.States.Single().Parameters["id"], Is.EqualTo("1"));
        Assert.That(i.Response.Body!["pact:matcher:type"]!.GetValue<string>(), Is.EqualTo("type"));
        Assert.That(driver.Written, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task VerifyAsync_Mismatch_ThrowsAndWritesNothing()
    {
        var driver = new FakeDriver(matches: false);
        var pact = Pact(driver);
        Register(pact);

        var ex = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        Assert.That(ex!.Message, Does.Contain("nothing was written").And.Contain("missing-request"));
        Assert.That(driver.Written, Is.Empty);
    }

    [Test]
    public async Task VerifyAsync_TestThrows_WritesNothing()
    {
        var driver = new FakeDriver();
        var pact = Pact(driver);
        Register(pact);

        await Assert.ThrowsAsync<InvalidOperationException>(() => pact.VerifyAsync(_ => throw new InvalidOperationException("client failed")));

        Assert.That(driver.Written, Is.Empty);
    }

    [Test]
    public async Task VerifyAsync_NothingRegistered_Throws()
    {
        var ex = await Assert.ThrowsAsync<PactException>(() => Pact(new FakeDriver()).VerifyAsync(_ => Task.CompletedTask));

        Assert.That(ex!.Message, Does.Contain("no interaction registered"));
    }

    [Test]
    public async Task VerifyAsync_InteractionWithoutResponse_IsRefused()
    {
        var pact = Pact(new FakeDriver());
        pact.UponReceiving("half").WithRequest("GET", "/x");

        var ex = await Assert.ThrowsAsync<PactException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        Assert.That(ex!.Message, Does.Contain("'half' is incomplete"));
    }

    [Test]
    public void WithJsonBody_Twice_IsRefused()
    {
        var response = Pact(new FakeDriver()).UponReceiving("x").WithRequest("GET", "/x").WillRespond().WithJsonBody(new JsonObject());

        var ex = Assert.Throws<PactException>(() => response.WithJsonBody(new JsonObject { ["a"] = 1 }));

        Assert.That(ex!.Message, Does.Contain("already has a body"));
    }

    [Test]
    public void UponReceiving_SameDescriptionTwice_IsRefused()
    {
        var pact = Pact(new FakeDriver());
        pact.UponReceiving("same");

        Assert.Throws<PactException>(() => pact.UponReceiving("same"));
    }

    [Test]
    public void WithJsonBody_UnknownMatcherType_IsRefusedNamingThePath()
    {
        var body = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["pact:matcher:type"] = "fuzzy", ["value"] = "x" }) };

        var ex = Assert.Throws<PactException>(() => Pact(new FakeDriver()).UponReceiving("x").WillRespond().WithJsonBody(body));

        Assert.That(ex!.Message, Does.Contain("$.items[0]").And.Contain("unknown matcher type 'fuzzy'"));
    }

    [Test]
    public void WithJsonBody_RegexMatcherWithoutRegex_IsRefused()
    {
        var body = new JsonObject { ["id"] = new JsonObject { ["pact:matcher:type"] = "regex", ["value"] = "abc" } };

        var ex = Assert.Throws<PactException>(() => Pact(new FakeDriver()).UponReceiving("x").WillRespond().WithJsonBody(body));

        Assert.That(ex!.Message, Does.Contain("$.id").And.Contain("needs a 'regex'"));
    }

    [Test]
    public void WithRequest_RelativePath_IsRefused()
    {
        Assert.Throws<PactException>(() => Pact(new FakeDriver()).UponReceiving("x").WithRequest("GET", "things"));
    }
}
