using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Loading;

public class SpecFragmentsTests
{
    [TestCase("atlas-v2/listOrgInvites.yaml")]
    [TestCase("atlas-v2/listOrgUsers.yaml")]
    [TestCase("atlas-v1.0/getOrgInvites.yaml")]
    public void Validate_BundledFragment_HasNoDiagnostics(string relative)
    {
        var document = SpecLoader.Load(RepoPaths.File("spec", relative));

        var diagnostics = SpecValidator.Validate(document);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(document.OpenApiVersion, Does.StartWith("3.0"));
    }

    [Test]
    public void Load_V2Fragment_IsTheDeprecatedListOrgInvitesWithItsVendorMediaType()
    {
        var document = SpecLoader.Load(RepoPaths.V2Spec);

        var op = document.Paths["/api/atlas/v2/orgs/{orgId}/invites"]!["get"]!;
        Assert.That(op["operationId"]!.GetValue<string>(), Is.EqualTo("listOrgInvites"));
        Assert.That(op["deprecated"]!.GetValue<bool>(), Is.True);
        var media = op["responses"]!["200"]!["content"]!["application/vnd.atlas.2023-01-01+json"]!;
        Assert.That(media["x-sunset"]!.GetValue<string>(), Is.EqualTo("2027-07-01"));
        Assert.That(document.Root["components"]!["securitySchemes"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "DigestAuth", "ServiceAccounts" }));
        Assert.That(op["responses"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "200", "400", "401", "403", "404", "429", "500" }));
    }

    [Test]
    public void Load_V1Fragment_IsTheLegacyGetWithUsernameFilterAndDigestAuth()
    {
        var document = SpecLoader.Load(RepoPaths.V1Spec);

        var op = document.Paths["/api/public/v1.0/orgs/{ORG-ID}/invites"]!["get"]!;
        var names = op["parameters"]!.AsArray().Select(p => p!["name"]?.GetValue<string>() ?? p["$ref"]!.GetValue<string>());
        Assert.That(names, Does.Contain("username").And.Contain("ORG-ID"));
        Assert.That(op["responses"]!["200"]!["content"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "application/json" }));
        Assert.That(document.Root["security"]![0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "DigestAuth" }));
    }
}
