using System.Text.Json.Nodes;
using AtlasContract.Spec.Compat;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;
using Snapshooter.NUnit;

namespace AtlasContract.Spec.Tests.Compat;

/// <summary>listOrgInvites → listOrgUsers (pending users) with the declared field mapping.</summary>
public class CompatMappingTests
{
    private static SpecDocument Invites() => SpecLoader.Load(RepoPaths.V2Spec);

    private static SpecDocument Users() => SpecLoader.Load(RepoPaths.Manifest.Contract("atlas-v2-users").Fragment.Full);

    /// <summary>The declared compat entry (contract-gate.yaml: old atlas-v2-invites, new atlas-v2-users).</summary>
    private static CompatOptions Options(bool withFields = true)
    {
        var pair = RepoPaths.Manifest.Compat.Single(c => c.Old == "atlas-v2-invites" && c.New == "atlas-v2-users");
        var mapping = CompatMapping.Parse(pair.Mapping, "contract-gate.yaml");
        return withFields
            ? new CompatOptions(pair.OldOperation, pair.NewOperation, pair.Status, Mapping: mapping)
            : new CompatOptions(pair.OldOperation, pair.NewOperation, pair.Status, NewMediaType: mapping.NewMediaType, NewVariant: mapping.NewVariant);
    }

    private static SpecDocument UsersWithPending(Action<JsonObject> pendingProperties)
    {
        var root = (JsonObject)Users().Root.DeepClone();
        pendingProperties((JsonObject)root["components"]!["schemas"]!["OrgPendingUserResponse"]!["allOf"]![1]!["properties"]!);
        return new SpecDocument("users-changed.yaml", root);
    }

    [Test]
    public void Check_InvitesToPendingUsersWithTheDeclaredMapping_IsCompatible()
    {
        var report = CompatChecker.Check(Invites(), Users(), Options());

        Assert.That(report.Compatible, Is.True, string.Join("\n", report.Rows));
        Assert.That(report.Rows.Where(r => r.Old is not null && r.Verdict != CompatVerdict.Compatible).Select(r => (r.Path, r.Verdict)), Is.SupersetOf(new[]
        {
            ("$[*].id", CompatVerdict.MeaningChanged),
            ("$[*].createdAt", CompatVerdict.MeaningChanged),
            ("$[*].expiresAt", CompatVerdict.Renamed),
            ("$[*].roles", CompatVerdict.Regrouped),
            ("$[*].groupRoleAssignments[*].groupRole", CompatVerdict.Regrouped),
            ("$[*].orgId", CompatVerdict.Dropped),
            ("$[*].orgName", CompatVerdict.Dropped),
            ("$[*].links", CompatVerdict.Dropped),
        }));
    }

    [Test]
    public void Check_InvitesToPendingUsers_ReportMatchesSnapshot()
    {
        var report = CompatChecker.Check(Invites(), Users(), Options());

        Snapshot.Match(new { report.Old, report.New, report.Compatible, Rows = report.Rows.Select(r => r.ToString()) });
    }

    [Test]
    public void Check_WithoutTheMapping_FailsOnTheEnvelope()
    {
        var report = CompatChecker.Check(Invites(), Users(), Options(withFields: false));

        Assert.That(report.Compatible, Is.False);
        Assert.That(report.Rows.Where(r => r.Breaks).Select(r => r.Path), Does.Contain("$[*]"));
    }

    [Test]
    public void Check_DeclaredTargetGone_FailsNamingTheDeclaration()
    {
        var report = CompatChecker.Check(Invites(), UsersWithPending(p => p.Remove("invitationCreatedAt")), Options());

        var row = report.Rows.Single(r => r.Breaks);
        Assert.That((row.Path, row.Verdict), Is.EqualTo(("$[*].createdAt", CompatVerdict.Missing)));
        Assert.That(row.Hint, Does.Contain("declared meaningChanged to $.results[*].invitationCreatedAt"));
    }

    [Test]
    public void Check_UndeclaredFieldGone_FailsWithItsPath()
    {
        var report = CompatChecker.Check(Invites(), UsersWithPending(p => p.Remove("inviterUsername")), Options());

        Assert.That(report.Rows.Where(r => r.Breaks).Select(r => (r.Path, r.NewPath, r.Verdict)), Is.EqualTo(new[] { ("$[*].inviterUsername", (string?)"$.results[*].inviterUsername", CompatVerdict.Missing) }));
    }

    [Test]
    public void Check_PendingVariant_LeavesTheActiveShapeOut()
    {
        var report = CompatChecker.Check(Invites(), Users(), Options());

        Assert.That(report.Rows.Select(r => r.NewPath ?? r.Path), Does.Contain("$.results[*].invitationCreatedAt").And.Not.Contain("$.results[*].firstName"));
    }

    [TestCase("{fields: [{old: '$[*].id', kind: moved, new: '$.x'}]}", "kind 'moved'")]
    [TestCase("{fields: [{old: '$[*].id', kind: missing, new: '$.x'}]}", "a missing field has no 'new'")]
    [TestCase("{fields: [{old: '$[*].id', kind: renamed}]}", "needs 'new'")]
    [TestCase("{fields: [{old: 'id', kind: same, new: '$.id'}]}", "needs 'old', a JSON path")]
    [TestCase("{fields: [{old: '$.a', new: '$.b'}, {old: '$.a', new: '$.c'}]}", "'$.a' is declared twice")]
    public void Parse_BadDeclaration_ThrowsNamingTheEntry(string yaml, string expected)
    {
        var node = SpecLoader.Parse("mapping: " + yaml, "m.yaml").Root["mapping"];

        var ex = Assert.Throws<SpecLoadException>(() => CompatMapping.Parse(node, "contract-gate.yaml"));

        Assert.That(ex!.Message, Does.Contain("contract-gate.yaml").And.Contain(expected));
    }
}
