using System.Xml.Linq;

namespace AtlasContract.Cli.Reports;

/// <summary>JUnit XML, as CI systems read it: one test case per check or finding.</summary>
internal static class JUnit
{
    public sealed record Case(string Name, string ClassName, string? Failure, string? Skipped = null);

    public static string Suite(string name, IEnumerable<Case> cases)
    {
        var list = cases.ToList();
        var suite = new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", list.Count),
            new XAttribute("failures", list.Count(c => c.Failure is not null)),
            new XAttribute("skipped", list.Count(c => c.Failure is null && c.Skipped is not null)),
            list.Select(c => new XElement("testcase",
                new XAttribute("name", c.Name),
                new XAttribute("classname", c.ClassName),
                c.Failure is null ? null : new XElement("failure", new XAttribute("message", c.Failure), c.Failure),
                c.Failure is null && c.Skipped is not null ? new XElement("skipped", new XAttribute("message", c.Skipped)) : null)));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite) + "\n";
    }
}
