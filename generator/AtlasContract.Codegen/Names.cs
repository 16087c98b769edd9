using System.Text;

namespace AtlasContract.Codegen;

/// <summary>.NET names from the names a spec uses (<c>Use-Effective-Instance-Fields</c>, <c>US_EAST_1</c>, <c>orgs.read</c>).</summary>
internal static class Names
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// PascalCase: words split at anything but letters and digits and at lower→upper changes; an all-caps word
    /// (<c>EAST</c>) is capitalised (<c>East</c>), a mixed one keeps its inner capitals (<c>orgId</c> → <c>OrgId</c>);
    /// digits of two words stay apart and a leading digit gets <c>V</c> (<c>3.6</c> → <c>V3_6</c>).
    /// </summary>
    public static string Pascal(string text)
    {
        var words = Words(text);
        var builder = new StringBuilder();
        string? previous = null;
        foreach (var word in words)
        {
            if (previous is not null && char.IsDigit(previous[^1]) && char.IsDigit(word[0]))
            {
                builder.Append('_');
            }

            var allCaps = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            builder.Append(char.ToUpperInvariant(word[0])).Append(allCaps ? word[1..].ToLowerInvariant() : word[1..]);
            previous = word;
        }

        if (builder.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(builder[0]) ? "V" + builder : builder.ToString();
    }

    /// <summary>camelCase, as <see cref="Pascal"/> with a lower first letter; a C# keyword gets an <c>@</c>.</summary>
    public static string Camel(string text)
    {
        var pascal = Pascal(text);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>Whether <paramref name="name"/> is already a .NET type name (starts with an upper-case letter, letters and digits only).</summary>
    public static bool IsTypeName(string name) => name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0 && char.IsUpper(c) && char.IsLower(current[^1]))
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
