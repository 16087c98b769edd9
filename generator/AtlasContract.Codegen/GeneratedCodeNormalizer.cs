using System.Text.RegularExpressions;

namespace AtlasContract.Codegen;

/// <summary>
/// Makes NSwag's output depend only on the spec and the settings: the tool versions it stamps into the
/// header and every [GeneratedCode] attribute are replaced, line endings are LF. A nullable property (one the
/// spec does not require, or declares <c>nullable</c>) loses NJsonSchema's <c>= default!</c>: its default is an
/// honest <c>null</c>; a required non-nullable one keeps it (Newtonsoft sets it, or fails the read).
/// The XML docs are checked, whatever the fragment: output that still disables CS1591/CS1573 (the compiler's
/// check for a missing doc) or holds an empty doc element (<c>&lt;summary&gt;&lt;/summary&gt;</c>) is refused with the line.
/// </summary>
internal static partial class GeneratedCodeNormalizer
{
    public static string Normalize(string code)
    {
        code = code.Replace("\r\n", "\n", StringComparison.Ordinal);
        code = ToolchainLine().Replace(code, "Generated using the NSwag toolchain (version pinned in Directory.Packages.props)");
        code = GeneratedCodeAttribute().Replace(code, "GeneratedCode(\"$1\", \"pinned\")");
        code = NullablePropertyDefault().Replace(code, "$1");
        CheckDocs(code);
        return code.TrimEnd('\n') + "\n";
    }

    private static void CheckDocs(string code)
    {
        if (DocsOff().Match(code) is { Success: true } off)
        {
            throw DocDefect(code, off, "disables the missing-XML-doc warning");
        }

        if (EmptyDocElement().Match(code) is { Success: true } empty)
        {
            throw DocDefect(code, empty, $"has an empty <{empty.Groups[1].Value}> doc element");
        }
    }

    private static InvalidDataException DocDefect(string code, Match at, string what)
    {
        var line = code.AsSpan(0, at.Index).Count('\n') + 1;
        var member = code[(at.Index + at.Length)..].Split('\n', 12).Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith("///", StringComparison.Ordinal) && !l.StartsWith('['));
        return new InvalidDataException($"generated code, line {line}: {what} (at: {member ?? at.Value.Trim()})");
    }

    [GeneratedRegex(@"^#pragma warning disable (1591|1573)\b", RegexOptions.Multiline)]
    private static partial Regex DocsOff();

    [GeneratedRegex(@"<(summary|remarks|returns|value|param|typeparam)\b[^>]*>(?:\s|///)*</\1>")]
    private static partial Regex EmptyDocElement();

    [GeneratedRegex(@"Generated using the NSwag toolchain v[^\n]*")]
    private static partial Regex ToolchainLine();

    [GeneratedRegex(@"^(\s*public [^\n=]+\? \w+ \{ get; set; \}) = default!;", RegexOptions.Multiline)]
    private static partial Regex NullablePropertyDefault();

    [GeneratedRegex(@"GeneratedCode\(""(NSwag|NJsonSchema)"", ""[^""]*""\)")]
    private static partial Regex GeneratedCodeAttribute();
}
