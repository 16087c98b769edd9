using System.Text;

namespace AtlasContract.Spec.Tests.Loading;

/// <summary>
/// Random block-style YAML documents for differential tests: mappings, sequences (compact and nested), every
/// scalar style and resolution, literal blocks with chomping and indentation indicators, comments and blank
/// lines, plus constructs the fast reader declines and mutations that break the text.
/// </summary>
internal sealed class YamlGenerator(Random random)
{
    private static readonly string[] Keys =
    [
        "a", "type", "description", "200", "'200'", "\"x y\"", "null", "true", "1e3", "-k", "/api/{id}", "a/b+json",
        "k:v", "a#b", "'q''s'", "\"t\\\"q\"", "~", "0x1F", "é", "key with spaces", "[k]", "&k a", "!t k", "? k",
    ];

    private static readonly string[] Scalars =
    [
        "word", "two words", "1", "-1", "+2", "1.5", "1.", ".5", "1e3", "1E-2", "0x1F", "0o7", ".inf", "-.inf", ".NaN", "~",
        "null", "Null", "True", "false", "yes", "2027-07-01", "12:30", "'it''s'", "'a: b'", "''", "\"\"",
        "\"esc\\n\\u00e9\\x41\\t\\\\\"", "\"a\\qb\"", "\"\\ud83d\\ude00\"", "\"\\U0001F600\"", "[]", "{}", "[a]", "{a: 1}",
        "text # comment", "a#b", "&a x", "*a", "!tag x", "a: b", "ends:", "- x", "-x", "'unterminated", "\"open",
        "`tick`", "@at", "%pct", "x y ", "é ü", "😀", "a,b", "a]b", "'x' trailing", "\"x\"#c", "http://h/p", "'  padded  '",
    ];

    private readonly StringBuilder _out = new();

    public string Document()
    {
        _out.Clear();
        if (random.Next(4) == 0)
        {
            Sequence(0, 0);
        }
        else
        {
            Mapping(0, 0);
        }

        return _out.ToString();
    }

    /// <summary>Deletes, inserts or re-indents a few characters or lines.</summary>
    public static string Mutate(string text, Random random)
    {
        var s = new StringBuilder(text);
        for (var n = random.Next(1, 4); n > 0 && s.Length > 0; n--)
        {
            var at = random.Next(s.Length);
            switch (random.Next(4))
            {
                case 0:
                    s.Remove(at, 1);
                    break;
                case 1:
                    s.Insert(at, " \t\n:-#'\"|>[]{}&*!\\"[random.Next(18)]);
                    break;
                case 2:
                    var lineStart = at > 0 ? text.LastIndexOf('\n', Math.Min(at, text.Length - 1)) + 1 : 0;
                    if (lineStart <= s.Length)
                    {
                        s.Insert(lineStart, new string(' ', random.Next(1, 3)));
                    }

                    break;
                default:
                    s.Insert(at, "\n");
                    break;
            }
        }

        return s.ToString();
    }

    private void Node(int indent, int depth)
    {
        switch (depth > 4 ? 2 : random.Next(3))
        {
            case 0:
                Mapping(indent, depth);
                break;
            case 1:
                Sequence(indent, depth);
                break;
            default:
                Pad(indent).Append(Scalar()).Append('\n');
                break;
        }
    }

    private void Mapping(int indent, int depth, bool firstInline = false)
    {
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            Noise(indent);
            if (!(firstInline && i == 0))
            {
                Pad(indent);
            }

            var key = Keys[random.Next(random.Next(8) == 0 ? Keys.Length : 10)];
            if (random.Next(10) == 0)
            {
                // An explicit entry, as emitters write long keys: "? key" then ": value" at the same column.
                _out.Append("? ").Append(key).Append('\n');
                Pad(indent).Append(':');
                if (depth < 4 && random.Next(2) == 0)
                {
                    _out.Append("   ");
                    Mapping(indent + 4, depth + 1, firstInline: true);
                }
                else
                {
                    Value(indent, depth);
                }

                continue;
            }

            _out.Append(key).Append(i > 0 && random.Next(40) == 0 ? "" : ":");
            Value(indent, depth);
        }
    }

    private void Value(int indent, int depth)
    {
        switch (depth > 4 ? random.Next(2) : random.Next(6))
        {
            case 0:
                _out.Append(' ').Append(Scalar()).Append('\n');
                break;
            case 1:
                Literal(indent);
                break;
            case 2:
                _out.Append(random.Next(5) == 0 ? ": # c\n" : "\n");
                Mapping(indent + random.Next(1, 4), depth + 1);
                break;
            case 3:
                _out.Append('\n');
                Sequence(random.Next(2) == 0 ? indent : indent + 2, depth + 1);
                break;
            case 4:
                _out.Append('\n'); // an empty value
                break;
            default:
                _out.Append('\n');
                Node(indent + random.Next(1, 3), depth + 1);
                break;
        }
    }

    private void Sequence(int indent, int depth)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            Noise(indent);
            Pad(indent).Append('-');
            switch (depth > 4 ? 0 : random.Next(5))
            {
                case 0:
                    _out.Append(' ').Append(Scalar()).Append('\n');
                    break;
                case 1:
                    _out.Append(' ');
                    Mapping(indent + 2, depth + 1, firstInline: true);
                    break;
                case 2:
                    _out.Append(' ');
                    Sequence(indent + 2, depth + 1, inline: true);
                    break;
                case 3:
                    _out.Append('\n');
                    Node(indent + random.Next(1, 4), depth + 1);
                    break;
                default:
                    Literal(indent);
                    break;
            }
        }
    }

    private void Sequence(int indent, int depth, bool inline)
    {
        // "- - x": the nested sequence's first entry is on the parent entry's line.
        _out.Append("- ").Append(Scalar()).Append('\n');
        if (inline && random.Next(2) == 0)
        {
            Pad(indent).Append("- ").Append(Scalar()).Append('\n');
        }
    }

    private void Literal(int indent)
    {
        var chomp = new[] { "", "-", "+" }[random.Next(3)];
        var indicator = random.Next(4) == 0 ? random.Next(1, 4) : 0;
        _out.Append(" |").Append(indicator > 0 ? indicator.ToString() : "").Append(chomp).Append(random.Next(6) == 0 ? " # c" : "").Append('\n');
        var content = indent + (indicator > 0 ? indicator : random.Next(1, 4));
        var lines = random.Next(1, 5);
        for (var i = 0; i < lines; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    _out.Append(' ', random.Next(0, content + 1)).Append('\n'); // an empty line
                    break;
                case 1:
                    Pad(content + random.Next(1, 3)).Append("  more: # not a key\n");
                    break;
                default:
                    Pad(content).Append(Scalars[random.Next(Scalars.Length)]).Append('\n');
                    break;
            }
        }

        if (random.Next(3) == 0)
        {
            _out.Append('\n');
        }
    }

    private void Noise(int indent)
    {
        switch (random.Next(8))
        {
            case 0:
                _out.Append('\n');
                break;
            case 1:
                _out.Append(' ', random.Next(indent + 3)).Append("# comment: - [x]\n");
                break;
        }
    }

    private string Scalar() => Scalars[random.Next(random.Next(8) == 0 ? Scalars.Length : 27)];

    private StringBuilder Pad(int indent) => _out.Append(' ', indent);
}
