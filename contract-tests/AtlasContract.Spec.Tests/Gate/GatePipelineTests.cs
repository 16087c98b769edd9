using System.Text;
using AtlasContract.Spec.Gate;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.Manifest;

namespace AtlasContract.Spec.Tests.Gate;

public class GatePipelineTests
{
    private sealed class Rows(string kind, int before, Exception? then = null) : IGateCheck
    {
        public string Kind => kind;

        public IEnumerable<CheckResult> Run(GateContext context)
        {
            for (var i = 0; i < before; i++)
            {
                yield return new CheckResult(Kind, $"{Kind} {i}", CheckStatus.Pass, "ok");
            }

            if (then is not null)
            {
                throw then;
            }
        }
    }

    private sealed class ThrowsAtOnce : IGateCheck
    {
        public string Kind => "eager";

        public IEnumerable<CheckResult> Run(GateContext context) => throw new InvalidOperationException("no rows at all");
    }

    private static GateContext Context() => new(
        ContractManifest.FromBaseline(SpecLoader.Parse(Encoding.UTF8.GetBytes("contracts: []\n"), "m.yaml").Root, "m.yaml", Path.GetTempPath()),
        new DateOnly(2026, 12, 2));

    [Test]
    public void Run_CheckThrowsMidway_KeepsItsRowsAddsAFailRowAndRunsTheRest()
    {
        var results = GatePipeline.Run(Context(), [new Rows("first", 2, new FormatException("bad number")), new ThrowsAtOnce(), new Rows("last", 1)]);

        Assert.That(results.Select(r => (r.Name, r.Status)), Is.EqualTo(new[]
        {
            ("first 0", CheckStatus.Pass), ("first 1", CheckStatus.Pass), ("first", CheckStatus.Fail), ("eager", CheckStatus.Fail), ("last 0", CheckStatus.Pass),
        }));
        Assert.That(results[2].Summary, Is.EqualTo("could not run: FormatException: bad number"));
        Assert.That(results[3].Summary, Is.EqualTo("could not run: InvalidOperationException: no rows at all"));
        Assert.That(results[2].Details.Single(), Does.Contain("FormatException").And.Contain(" at "), "the stack is kept for the report");
    }

    [Test]
    public void Standard_WithoutCodegen_HasEveryEngineCheckOnceInReportOrder()
    {
        Assert.That(GatePipeline.Standard(null).Select(c => c.Kind), Is.EqualTo(new[] { "validate", "compat", "diff", "pact", "upstream", "sunset", "policy" }));
    }
}
