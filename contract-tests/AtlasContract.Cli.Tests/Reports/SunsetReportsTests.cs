using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Sunset;

namespace AtlasContract.Cli.Tests.Reports;

public class SunsetReportsTests
{
    [Test]
    public void Markdown_TwoRows_HasARowPerOperationVersionWithItsDaysLeft()
    {
        var report = new SunsetReport(
        [
            new SunsetRow("c", "listThings", "GET /things", "application/vnd.x.2023-01-01+json", new DateOnly(2027, 7, 1), 220, Level.Info),
            new SunsetRow("c", "getThing", "GET /things/{id}", "application/json", null, null, Level.Info),
        ], 180);

        var markdown = SunsetReports.Markdown(report);

        Assert.That(markdown, Does.StartWith("### Sunset countdown (warn 180 days ahead)"));
        Assert.That(markdown, Does.Contain("| INFO | listThings | `GET /things` | `application/vnd.x.2023-01-01+json` | 2027-07-01 | 220 |"));
        Assert.That(markdown, Does.Contain("| INFO | getThing | `GET /things/{id}` | `application/json` | - | - |"));
    }
}
