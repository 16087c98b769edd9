using System.Text.RegularExpressions;

namespace AtlasContract.Codegen;

/// <summary>
/// Makes NSwag's output depend only on the spec and the settings: the tool versions it stamps into the
/// header and every [GeneratedCode] attribute are replaced, line endings are LF. A nullable property (one the
/// spec does not require, or declares <c>nullable</c>) loses NJsonSchema's <c>= default!</c>: its default is an
/// honest <c>null</c>; a required non-nullable one keeps it (Newtonsoft sets it, or fails the read).
/// </summary>
internal static partial class GeneratedCodeNormalizer
{
    public static string Normalize(string code)
    {
        code = code.Replace("\r\n", "\n", StringComparison.Ordinal);
        code = ToolchainLine().Replace(code, "Generated using the NSwag toolchain (version pinned in Directory.Packages.props)");
        code = GeneratedCodeAttribute().Replace(code, "GeneratedCode(\"$1\", \"pinned\")");
        code = NullablePropertyDefault().Replace(code, "$1");
        return code.TrimEnd('\n') + "\n";
    }

    [GeneratedRegex(@"Generated using the NSwag toolchain v[^\n]*")]
    private static partial Regex ToolchainLine();

    [GeneratedRegex(@"^(\s*public [^\n=]+\? \w+ \{ get; set; \}) = default!;", RegexOptions.Multiline)]
    private static partial Regex NullablePropertyDefault();

    [GeneratedRegex(@"GeneratedCode\(""(NSwag|NJsonSchema)"", ""[^""]*""\)")]
    private static partial Regex GeneratedCodeAttribute();
}
