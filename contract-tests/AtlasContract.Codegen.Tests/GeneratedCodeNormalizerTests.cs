namespace AtlasContract.Codegen.Tests;

public class GeneratedCodeNormalizerTests
{
    [Test]
    public void Normalize_NullableProperty_LosesDefaultBang()
    {
        var code = GeneratedCodeNormalizer.Normalize("        public string? OrgName { get; set; } = default!;\n        public System.DateTimeOffset? At { get; set; } = default!;\n");

        Assert.That(code, Is.EqualTo("        public string? OrgName { get; set; }\n        public System.DateTimeOffset? At { get; set; }\n"));
    }

    [Test]
    public void Normalize_RequiredNonNullableProperty_KeepsDefaultBang()
    {
        const string Required = "        public string OrgName { get; set; } = default!;\n        public System.Collections.Generic.ICollection<string?> Names { get; set; } = default!;\n";

        Assert.That(GeneratedCodeNormalizer.Normalize(Required), Is.EqualTo(Required));
    }

    [Test]
    public void Normalize_EmptySummary_ThrowsNamingLineAndMember()
    {
        const string Code = "namespace N\n{\n    /// <summary>\n    /// </summary>\n    [System.Obsolete]\n    public partial class Empty\n    {\n    }\n}\n";

        var error = Assert.Throws<InvalidDataException>(() => GeneratedCodeNormalizer.Normalize(Code))!;

        Assert.That(error.Message, Is.EqualTo("generated code, line 3: has an empty <summary> doc element (at: public partial class Empty)"));
    }

    [Test]
    public void Normalize_EmptyParam_Throws()
    {
        const string Code = "    /// <summary>Lists.</summary>\n    /// <param name=\"orgId\"></param>\n    void List(string orgId);\n";

        var error = Assert.Throws<InvalidDataException>(() => GeneratedCodeNormalizer.Normalize(Code))!;

        Assert.That(error.Message, Does.Contain("line 2: has an empty <param> doc element (at: void List(string orgId);)"));
    }

    [TestCase("#pragma warning disable 1591 // Disable \"CS1591 Missing XML comment\"")]
    [TestCase("#pragma warning disable 1573 // Disable \"CS1573 Parameter has no matching param tag\"")]
    public void Normalize_DocWarningDisabled_Throws(string pragma)
    {
        var code = "#pragma warning disable 108\n" + pragma + "\nnamespace N { }\n";

        var error = Assert.Throws<InvalidDataException>(() => GeneratedCodeNormalizer.Normalize(code))!;

        Assert.That(error.Message, Does.StartWith("generated code, line 2: disables the missing-XML-doc warning"));
    }

    [Test]
    public void Normalize_DocumentedMembersAndOtherPragmas_PassUnchanged()
    {
        const string Code = "#pragma warning disable 108\n#pragma warning disable 8600\n    /// <summary>A.</summary>\n    /// <param name=\"x\">X.</param>\n    /// <remarks>JSON property <c>x</c>: required.</remarks>\n    void A(int x);\n";

        Assert.That(GeneratedCodeNormalizer.Normalize(Code), Is.EqualTo(Code));
    }
}
