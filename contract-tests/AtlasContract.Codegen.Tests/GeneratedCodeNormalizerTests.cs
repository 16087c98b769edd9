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
}
