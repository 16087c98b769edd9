using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;
using AtlasContract.Spec.Sunset;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Spec.Tests.Sunset;

/// <summary>The countdown over the committed pacts and fragments (listOrgInvites 2023-01-01 sunsets 2027-07-01).</summary>
public class SunsetCountdownTests
{
    private static SunsetReport Check(DateOnly today, int warnDays = 180) =>
        SunsetCountdown.Check(
            RepoPaths.Manifest.Contracts.Select(c => (c.Name, SpecLoader.Load(c.Fragment.Full), c.Pacts.SelectMany(p => PactFile.Load(p.Full).Interactions))),
            today,
            warnDays);

    private static SunsetRow Invites(SunsetReport report) => report.Rows.Single(r => r.Operation == "listOrgInvites");

    [Test]
    public void Check_CommittedPacts_ListsEachOperationVersionTheyUseOnce()
    {
        var report = Check(new DateOnly(2026, 11, 23));

        Assert.That(report.Rows.Select(r => (r.Operation, r.MediaType)), Is.Unique);
        var exercised = RepoPaths.Manifest.Contracts.Where(c => c.Pacts.Count > 0).SelectMany(c => c.Upstream?.Operations ?? []);
        Assert.That(report.Rows.Select(r => r.Operation), Is.SupersetOf(exercised), "every declared operation the pacts call has its row");
        Assert.That(report.Rows.Where(r => r.Operation == "listOrgInvites").Select(r => r.MediaType), Is.EqualTo(new[] { "application/vnd.atlas.2023-01-01+json" }));
        Assert.That(report.Rows.Single(r => r.Operation == "listOrgUsers").Sunset, Is.Null, "the pacts use 2025-02-19, which has no sunset (2023-01-01 does, unused)");
    }

    [Test]
    public void Check_OutsideTheWindow_IsInfoWithTheDaysLeft()
    {
        var row = Invites(Check(new DateOnly(2026, 11, 23)));

        Assert.That((row.Level, row.Sunset, row.DaysLeft), Is.EqualTo((Level.Info, (DateOnly?)new DateOnly(2027, 7, 1), (int?)220)));
    }

    [TestCase(2027, 1, 2, 180)]
    [TestCase(2027, 6, 30, 1)]
    [TestCase(2027, 7, 1, 0)]
    public void Check_InsideTheWindow_IsWarn(int year, int month, int day, int daysLeft)
    {
        var row = Invites(Check(new DateOnly(year, month, day)));

        Assert.That((row.Level, row.DaysLeft), Is.EqualTo((Level.Warn, (int?)daysLeft)));
    }

    [Test]
    public void Check_PastTheSunset_IsErrAndSaysGone()
    {
        var report = Check(new DateOnly(2027, 7, 2));

        Assert.That(report.Worst, Is.EqualTo(Level.Err));
        Assert.That(Invites(report).ToString(), Is.EqualTo("ERR  listOrgInvites (GET /api/atlas/v2/orgs/{orgId}/invites, application/vnd.atlas.2023-01-01+json): sunset 2027-07-01 passed 1 days ago: Atlas answers 410 Gone"));
    }

    [Test]
    public void Check_WiderWindowFromTheManifest_WarnsEarlier()
    {
        Assert.That(Invites(Check(new DateOnly(2026, 11, 23), warnDays: 365)).Level, Is.EqualTo(Level.Warn));
    }
}
