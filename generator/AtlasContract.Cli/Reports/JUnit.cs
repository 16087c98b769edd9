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
            new XAttribute("name", Text(name)),
            new XAttribute("tests", list.Count),
            new XAttribute("failures", list.Count(c => c.Failure is not null)),
            new XAttribute("skipped", list.Count(c => c.Failure is null && c.Skipped is not null)),
            list.Select(c => new XElement("testcase",
                new XAttribute("name", Text(c.Name)),
                new XAttribute("classname", Text(c.ClassName)),
                c.Failure is null ? null : new XElement("failure", new XAttribute("message", Text(c.Failure)), Text(c.Failure)),
                c.Failure is null && c.Skipped is not null ? new XElement("skipped", new XAttribute("message", Text(c.Skipped))) : null)));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite) + "\n";
    }

    /// <summary>Characters XML 1.0 cannot carry (NUL, lone surrogates from a pact or spec) become U+FFFD.</summary>
    private static string Text(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (!System.Xml.XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
