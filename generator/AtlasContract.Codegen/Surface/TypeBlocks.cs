using System.Text.RegularExpressions;

namespace AtlasContract.Codegen;

/// <summary>One type declared at namespace level, with its leading attributes and doc comment.</summary>
internal sealed record TypeBlock(string Name, string Text);

/// <summary>
/// Generated C# (NSwag's output, the plan's types) as its parts: the text before the first namespace (header:
/// usings, pragmas), the types of every <c>namespace X { … }</c> block in order, and the text after the first
/// block (the pragma restores). NSwag and our emitters write each type four spaces in, closed by the first
/// <c>    }</c> line; a line at that level that is neither part of a type nor the <c>using System</c> alias is
/// an error, so nothing is ever dropped silently.
/// </summary>
internal static partial class TypeBlocks
{
    internal sealed record Parts(string Header, IReadOnlyList<TypeBlock> Types, string Trailer);

    public static Parts Split(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var types = new List<TypeBlock>();
        var header = -1;
        var trailer = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Namespace().IsMatch(lines[i]))
            {
                continue;
            }

            header = header < 0 ? i : header;
            i = ReadNamespace(lines, i + 2, types);
            trailer = trailer < 0 ? i + 1 : trailer;
        }

        if (header < 0)
        {
            throw new InvalidDataException("generated code has no namespace block");
        }

        return new Parts(string.Join('\n', lines[..header]), types, string.Join('\n', lines[trailer..]).Split("\nnamespace ")[0]);
    }

    /// <summary>A file: the header, one namespace holding the types, the trailer.</summary>
    public static string Join(string header, string ns, IEnumerable<TypeBlock> types, string trailer) =>
        header.TrimEnd('\n') + "\n\nnamespace " + ns + "\n{\n    using System = global::System;\n\n"
        + string.Join("\n\n", types.Select(t => t.Text)) + "\n}\n\n" + trailer.Trim('\n') + "\n";

    /// <summary>Reads the types from <paramref name="start"/> (after the opening brace) to the namespace's closing brace; returns that line.</summary>
    private static int ReadNamespace(string[] lines, int start, List<TypeBlock> types)
    {
        var lead = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line == "}")
            {
                return lead.Count == 0 ? i : throw new InvalidDataException($"line {i + 1}: attributes or comments with no type after them");
            }

            if (line.Trim().Length == 0 || line.Trim() == "using System = global::System;")
            {
                continue;
            }

            if (line.StartsWith("    [", StringComparison.Ordinal) || line.StartsWith("    ///", StringComparison.Ordinal))
            {
                lead.Add(line);
                continue;
            }

            var declaration = Declaration().Match(line);
            if (!declaration.Success)
            {
                throw new InvalidDataException($"line {i + 1}: unexpected at namespace level: {line.Trim()}");
            }

            var end = Array.IndexOf(lines, "    }", i);
            if (end < 0)
            {
                throw new InvalidDataException($"line {i + 1}: type {declaration.Groups["name"].Value} is never closed");
            }

            types.Add(new TypeBlock(declaration.Groups["name"].Value, string.Join('\n', lead.Append(line).Concat(lines[(i + 1)..(end + 1)]))));
            lead.Clear();
            i = end;
        }

        throw new InvalidDataException("a namespace block is never closed");
    }

    [GeneratedRegex(@"^namespace [\w.]+$")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^    (?:public|internal)(?: \w+)* (?:class|interface|struct|enum|record) (?<name>\w+)")]
    private static partial Regex Declaration();
}
