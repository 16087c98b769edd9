using System.Text.Json.Nodes;
using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;
using Snapshooter.NUnit;

namespace AtlasContract.Spec.Tests.Compat;

public class CompatCheckerTests
{
    private static SpecDocument V1() => SpecLoader.Load(RepoPaths.V1Spec);

    private static SpecDocument V2() => SpecLoader.Load(RepoPaths.V2Spec);

    private static SpecDocument V2With(Action<JsonObject> invitation)
    {
        var root = (JsonObject)V2().Root.DeepClone();
        invitation((JsonObject)root["components"]!["schemas"]!["OrganizationInvitation"]!["properties"]!);
        return new SpecDocument("v2-changed.yaml", root);
    }

    [Test]
    public void Check_BundledFragments_AreCompatible()
    {
        var report = CompatChecker.Check(V1(), V2());

        Assert.That(report.Compatible, Is.True, string.Join("\n", report.Rows));
        Assert.That(report.Rows.Where(r => r.Verdict == CompatVerdict.Added).Select(r => r.Path), Does.Contain("$[*].groupRoleAssignments").And.Contain("$[*].links"));
    }

    [Test]
    public void Check_BundledFragments_ReportMatchesSnapshot()
    {
        var report = CompatChecker.Check(V1(), V2());

        Snapshot.Match(new { report.Old, report.New, report.Compatible, Rows = report.Rows.Select(r => r.ToString()) });
    }

    [Test]
    public void Check_FieldDroppedInV2_FailsWithItsPath()
    {
        var report = CompatChecker.Check(V1(), V2With(p => p.Remove("inviterUsername")));

        Assert.That(report.Compatible, Is.False);
        Assert.That(report.Rows.Where(r => r.Breaks).Select(r => (r.Path, r.Verdict)), Is.EqualTo(new[] { ("$[*].inviterUsername", CompatVerdict.Missing) }));
    }

    [Test]
    public void Check_FieldRenamedInV2_FailsAndHintsAtTheNewName()
    {
        var report = CompatChecker.Check(V1(), V2With(p =>
        {
            var node = p["username"]!;
            p.Remove("username");
            p["emailAddress"] = node;
        }));

        var row = report.Rows.Single(r => r.Breaks);
        Assert.That(row.Path, Is.EqualTo("$[*].username"));
        Assert.That(row.Hint, Does.Contain("$[*].emailAddress"));
    }

    [TestCase("createdAt", "integer", null, "$[*].createdAt")]
    [TestCase("roles", "string", null, "$[*].roles")]
    [TestCase("createdAt", "string", "date", "$[*].createdAt")]
    public void Check_FieldRetypedInV2_Fails(string field, string type, string? format, string path)
    {
        var report = CompatChecker.Check(V1(), V2With(p =>
        {
            var schema = new JsonObject { ["type"] = type };
            if (format is not null)
            {
                schema["format"] = format;
            }

            p[field] = schema;
        }));

        Assert.That(report.Rows.Where(r => r.Breaks).Select(r => (r.Path, r.Verdict)), Is.EqualTo(new[] { (path, CompatVerdict.Retyped) }));
    }

    [Test]
    public void Check_ArrayItemsRetyped_FailsAtTheItemPath()
    {
        var report = CompatChecker.Check(V1(), V2With(p => p["teamIds"]!["items"] = new JsonObject { ["type"] = "integer" }));

        Assert.That(report.Rows.Single(r => r.Breaks).Path, Is.EqualTo("$[*].teamIds[*]"));
    }

    [Test]
    public void Check_UnknownOperationId_FailsNamingIt()
    {
        var ex = Assert.Throws<SpecLoadException>(() => CompatChecker.Check(V1(), V2(), new CompatOptions(NewOperation: "nope")));

        Assert.That(ex!.Message, Does.Contain("'nope'"));
    }
}
