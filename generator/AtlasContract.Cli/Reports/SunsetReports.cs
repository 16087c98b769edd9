using System.Globalization;
using System.Text;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Sunset;

namespace AtlasContract.Cli.Reports;

/// <summary>The sunset countdown as a Markdown table.</summary>
internal static class SunsetReports
{
    public static string Markdown(SunsetReport report)
    {
        var md = new StringBuilder($"### Sunset countdown (warn {report.WarnDays} days ahead)\n\n| Level | Operation | Endpoint | Media type | Sunset | Days left |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in report.Rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Level.Name()} | {r.Operation} | `{r.Endpoint}` | `{r.MediaType}` | {r.Sunset?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} | {r.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "-"} |");
        }

        return md.ToString();
    }
}
