using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.PactCheck;

/// <summary>The consumer pacts in contract-tests/pacts ask nothing of Atlas that the spec fragments do not allow.</summary>
public class CommittedPactsTests
{
    private static IEnumerable<TestCaseData> DeclaredPacts() =>
        RepoPaths.Pacts.Select(p => new TestCaseData(p.Pact, p.Fragment).SetArgDisplayNames(Path.GetFileName(p.Pact), Path.GetFileName(p.Fragment)));

    [TestCaseSource(nameof(DeclaredPacts))]
    public void Verify_CommittedPact_IsAllowedByItsFragment(string pact, string spec)
    {
        var (_, _, interactions) = PactFile.Load(pact);

        var problems = new PactVerifier(SpecLoader.Load(spec)).Verify(interactions);

        Assert.That(interactions, Is.Not.Empty);
        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
    }

    [Test]
    public void Verify_V2PactAgainstTheV1Fragment_IsRejected()
    {
        var (_, _, interactions) = PactFile.Load(RepoPaths.File("contract-tests", "pacts", "AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json"));

        var problems = new PactVerifier(SpecLoader.Load(RepoPaths.V1Spec)).Verify(interactions);

        Assert.That(interactions, Is.Not.Empty);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(interactions.Select(i => $"{i.Description}: GET {i.Path}: no path of the spec matches")));
        Assert.That(problems.Select(p => p.Code), Has.All.EqualTo(ProblemCodes.PathOrMethodUnknown));
    }

    [TestCaseSource(nameof(DeclaredPacts))]
    public void CommittedPact_CarriesOnlyPlaceholderCredentials(string pact, string spec)
    {
        var text = File.ReadAllText(pact);
        var (_, _, interactions) = PactFile.Load(pact);

        // The operations require credentials, so each interaction carries one: a placeholder such as
        // "Bearer <service-account-access-token>", never a secret.
        var credentials = interactions.SelectMany(i => i.RequestHeaders).Where(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value).ToList();
        Assert.That(credentials, Is.Not.Empty.And.All.Match("^(Bearer|Digest) [^<]*<[a-z-]+>[^<>]*$"));
        Assert.That(System.Text.RegularExpressions.Regex.Replace(text, "<[a-z-]+>", string.Empty), Does.Not.Match("(?i)(basic|bearer|digest) [a-z0-9+/=_.-]{8,}|client_secret|private_?key|mdb_sa_sk_"));
    }
}
