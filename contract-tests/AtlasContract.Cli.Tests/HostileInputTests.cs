using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;
using static AtlasContract.Cli.Tests.CliRunner;

namespace AtlasContract.Cli.Tests;

/// <summary>Issue 10's classes through the CLI: a finding (exit 1) or one line naming file and position (exit 2), never exit 3.</summary>
public class HostileInputTests
{
    private static string V2Pact => RepoPaths.File("contract-tests", "pacts", "AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json");

    [Test]
    public void VerifyPact_InvalidSpecPattern_ReportsTheValueUncheckedAndExits1()
    {
        var spec = SpecWithUsernamePattern("[unclosed");

        var (exit, stdout, err) = Run("verify-pact", V2Pact, "--spec", spec);

        Assert.That(exit, Is.EqualTo(1), err);
        Assert.That(stdout, Does.Contain("the spec's pattern [unclosed is not a valid regular expression").And.Contain("could not be checked"));
    }

    [Test]
    public void VerifyPact_CatastrophicBacktrackingPattern_ReportsTheValueUncheckedAndExits1()
    {
        // A lookahead keeps the pattern on the backtracking engine: the match budget ends it, as a finding.
        var spec = SpecWithUsernamePattern("^(?=a)(a|aa)+$");
        var pact = PactWithUsername(new string('a', 60) + "!");

        var (exit, stdout, err) = Run("verify-pact", pact, "--spec", spec);

        Assert.That(exit, Is.EqualTo(1), err);
        Assert.That(stdout, Does.Contain("against the pattern ^(?=a)(a|aa)+$ took over 200 ms").And.Contain("could not be checked"));
    }

    [Test]
    public void VerifyPact_NestedQuantifierPattern_IsDecidedWithoutBacktracking()
    {
        // ^(a+)+$ against "aaa…!" is the textbook catastrophic case; the linear-time engine decides it.
        var spec = SpecWithUsernamePattern("^(a+)+$");
        var pact = PactWithUsername(new string('a', 60) + "!");

        var (exit, stdout, _) = Run("verify-pact", pact, "--spec", spec);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain($"\"{new string('a', 60)}!\" does not match the pattern ^(a+)+$").And.Not.Contain("could not be checked"));
    }

    [TestCase("\"consumer\": \"AtlasContract.Client\"", "#/consumer: expected an object, found the string 'AtlasContract.Client'")]
    [TestCase("\"provider\": [\"x\"]", "#/provider: expected an object, found an array")]
    [TestCase("\"interactions\": [5]", "#/interactions/0: expected an object, found the number 5")]
    [TestCase("\"interactions\": [{\"request\": \"GET /\", \"response\": {\"status\": 200}}]", "#/interactions/0/request: expected an object, found the string 'GET /'")]
    [TestCase("\"interactions\": [{\"request\": {\"method\": 1}, \"response\": {\"status\": 200}}]", "#/interactions/0/request/method: expected a string, found the number 1")]
    [TestCase("\"interactions\": [{\"request\": {\"headers\": {\"Accept\": {\"a\": 1}}}, \"response\": {\"status\": 200}}]", "#/interactions/0/request/headers/Accept: expected a string, found an object")]
    [TestCase("\"interactions\": [{\"request\": {}, \"response\": {\"status\": 200, \"matchingRules\": {\"body\": {\"$[*].roles\": [\"type\"]}}}}]", "#/interactions/0/response/matchingRules/body/$[*].roles: expected an object, found an array")]
    [TestCase("\"interactions\": [{\"request\": {}, \"response\": {\"status\": 200, \"matchingRules\": {\"body\": {\"$.a\": {\"matchers\": [\"type\"]}}}}}]", "#/interactions/0/response/matchingRules/body/$.a/matchers/0: expected an object, found the string 'type'")]
    [TestCase("\"interactions\": [{\"request\": {}, \"response\": {\"status\": \"200\"}}]", "#/interactions/0/response/status: expected an HTTP status code, found the string '200'")]
    public void VerifyPact_PactNodeOfTheWrongType_Exits2NamingThePointer(string member, string problem)
    {
        var pact = Temp("typed.json", "{" + member + (member.StartsWith("\"interactions\"", StringComparison.Ordinal) ? string.Empty : ", \"interactions\": []") + "}");

        var (exit, _, err) = Run("verify-pact", pact, "--spec", RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo($"atlas-contract: error: {pact}: {problem}"));
    }

    [Test]
    public void VerifyPact_PactWithADuplicateKey_Exits2NamingLineAndColumn()
    {
        var pact = Temp("dup.json", "{\n  \"consumer\": {\"name\": \"a\"},\n  \"consumer\": {\"name\": \"b\"},\n  \"interactions\": []\n}");

        var (exit, _, err) = Run("verify-pact", pact, "--spec", RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo($"atlas-contract: error: {pact}:3:3: duplicate key 'consumer'"));
    }

    [Test]
    public void VerifyPact_PactWithALoneSurrogate_Exits2NamingLineAndColumn()
    {
        var pact = Temp("surrogate.json", "{\"consumer\": {\"name\": \"\\ud800\"}, \"interactions\": []}");

        var (exit, _, err) = Run("verify-pact", pact, "--spec", RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Does.StartWith($"atlas-contract: error: {pact}:1:23: ").And.Contain("lone UTF-16 surrogate"));
    }

    [Test]
    public void VerifyPact_JUnitForADescriptionWithControlCharacters_IsWellFormedXml()
    {
        var pact = JsonNode.Parse(File.ReadAllText(V2Pact))!;
        pact["interactions"]![0]!["description"] = "bad \u0000 description";
        var path = Temp("nul.json", pact.ToJsonString());

        var (exit, stdout, err) = Run("verify-pact", path, "--spec", RepoPaths.V2Spec, "--format", "junit");

        Assert.That(exit, Is.InRange(0, 1), err);
        Assert.That(() => XDocument.Parse(stdout), Throws.Nothing);
    }

    [TestCase("validate")]
    [TestCase("verify-pact")]
    public void Run_CharacterDeviceAsInput_Exits2NamingTheLimit(string command)
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("Skipped: /dev/zero does not exist on this system.");
        }

        var (exit, _, err) = command == "validate" ? Run("validate", "/dev/zero") : Run("verify-pact", "/dev/zero", "--spec", RepoPaths.V2Spec);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo($"atlas-contract: error: /dev/zero: file is over the {LoadLimits.Default.MaxBytes:N0}-byte limit"));
    }

    [Test]
    public void Validate_RefsToOtherFiles_SaysTheyWereNotFollowed()
    {
        var spec = Temp("external.yaml", File.ReadAllText(RepoPaths.V2Spec).Replace("$ref: '#/components/responses/badRequest'", "$ref: 'errors.yaml#/badRequest'", StringComparison.Ordinal));

        var (exit, stdout, _) = Run("validate", spec);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("warning #/paths/~1api~1atlas~1v2~1orgs~1{orgId}~1invites/get/responses/400/$ref: $ref 'errors.yaml#/badRequest' names another file or a URL: it was not followed"));
        Assert.That(stdout, Does.Contain("0 errors, 1 warnings"));
    }

    [Test]
    public void Slice_RefToAnotherDocument_Exits2NamingIt()
    {
        var spec = Temp("external.yaml", File.ReadAllText(RepoPaths.V2Spec).Replace("$ref: '#/components/responses/badRequest'", "$ref: 'errors.yaml#/badRequest'", StringComparison.Ordinal));

        var (exit, _, err) = Run("slice", spec, "--operation", "listOrgInvites");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err.Trim(), Is.EqualTo($"atlas-contract: error: {spec}: $ref 'errors.yaml#/badRequest' points into another document, which slice does not follow"));
    }

    private static string SpecWithUsernamePattern(string pattern)
    {
        var spec = SpecLoader.Load(RepoPaths.V2Spec).Root;
        spec["components"]!["schemas"]!["OrganizationInvitation"]!["properties"]!["username"]!["pattern"] = pattern;
        return Temp("pattern.json", spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string PactWithUsername(string username)
    {
        var pact = JsonNode.Parse(File.ReadAllText(V2Pact))!;
        foreach (var interaction in pact["interactions"]!.AsArray())
        {
            if (interaction!["response"]!["body"]?["content"] is JsonArray items && items.Count > 0)
            {
                items[0]!["username"] = username;
            }
        }

        return Temp("pattern-pact.json", pact.ToJsonString());
    }
}
