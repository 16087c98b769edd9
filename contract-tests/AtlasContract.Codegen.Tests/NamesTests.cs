namespace AtlasContract.Codegen.Tests;

public class NamesTests
{
    [TestCase("US_EAST_1", "UsEast1")]
    [TestCase("Use-Effective-Instance-Fields", "UseEffectiveInstanceFields")]
    [TestCase("orgId", "OrgId")]
    [TestCase("AWSHardwareSpec", "AWSHardwareSpec")]
    [TestCase("M10", "M10")]
    [TestCase("3.6", "V3_6")]
    [TestCase("--", "Value")]
    public void Pascal_SpecName_DotnetName(string name, string expected)
    {
        Assert.That(Names.Pascal(name), Is.EqualTo(expected));
    }

    [TestCase("Use-Effective-Instance-Fields", "useEffectiveInstanceFields")]
    [TestCase("class", "@class")]
    public void Camel_SpecName_DotnetParameterName(string name, string expected)
    {
        Assert.That(Names.Camel(name), Is.EqualTo(expected));
    }
}
