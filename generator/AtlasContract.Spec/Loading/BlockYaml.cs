using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Loading;

/// <summary>
/// A fast reader for the block-style YAML that OpenAPI publishers emit (Atlas's specs among them): block mappings
/// and sequences, plain, single- and double-quoted one-line scalars, literal block scalars, empty flow collections
/// and comments. It builds the same <see cref="JsonNode"/> tree as <see cref="YamlToJson"/>'s YamlDotNet path and
/// declines everything else (flow collections, anchors and aliases, tags, folded and multi-line scalars, tabs,
/// documents markers, duplicate keys, limits reached, any error), so that path reads it and reports the problem.
/// Declining is never an error: it only costs the time of the scan so far.
/// </summary>
internal sealed class BlockYaml
{
    private const int MaxKeyLength = 1024; // YAML's limit on implicit keys: longer ones are YamlDotNet's to reject

    private readonly string _t;
    private readonly LoadLimits _limits;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _strings =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private int _line;   // start of the current line
    private int _end;    // its '\n' (or the end of the text)
    private int _indent; // its leading spaces; -1 at the end of the text
    private int _depth;
    private long _nodes;

    private BlockYaml(string text, LoadLimits limits)
    {
        _t = text;
        _limits = limits;
    }

    /// <summary>The tree for <paramref name="text"/>, or false when it is not in the subset this reader takes.</summary>
    public static bool TryConvert(string text, LoadLimits limits, out JsonNode? root)
    {
        root = null;
        if (!Printable(text))
        {
            return false;
        }

        try
        {
            root = new BlockYaml(text, limits).Document();
            return true;
        }
        catch (Exception ex) when (ex is DeclineException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // An index out of range would be a defect here; the YamlDotNet path still reads the text right.
            root = null;
            return false;
        }
    }

    private JsonNode Document()
    {
        Begin(0);
        SkipBlank();
        if (_indent != 0)
        {
            throw Decline(); // empty, or an indented root: rare, left to YamlDotNet
        }

        var root = Node(_line, -1) ?? throw Decline();
        SkipBlank();
        return _indent < 0 && root is JsonObject or JsonArray ? root : throw Decline();
    }

    /// <summary>The node whose first character is at <paramref name="at"/> on the current line.</summary>
    /// <param name="at">Where the node starts.</param>
    /// <param name="parent">The column of the collection holding it (-1 at the root).</param>
    private JsonNode? Node(int at, int parent)
    {
        var column = at - _line;
        if (IsEntry(at))
        {
            return Sequence(column);
        }

        var colon = KeyEnd(at);
        return colon >= 0 ? Mapping(column, colon) : Scalar(at, parent);
    }

    /// <param name="column">The column of its keys.</param>
    /// <param name="colon">Where the first key's colon is (already found by the caller).</param>
    private JsonObject Mapping(int column, int colon)
    {
        Enter();
        var map = new JsonObject();
        var at = _line + column;
        while (true)
        {
            string key;
            JsonNode? value;
            if (_t[at] == '?' && at + 1 < _end && _t[at + 1] == ' ')
            {
                (key, value) = ExplicitEntry(at + 2, column);
            }
            else
            {
                if (colon < 0)
                {
                    throw Decline();
                }

                key = Key(at, colon);
                Count();
                value = Value(colon + 1, column);
            }

            if (!map.TryAdd(key, value))
            {
                throw Decline(); // duplicate: YamlDotNet path names it with its line and column
            }

            SkipBlank();
            if (_indent < column)
            {
                break;
            }

            if (_indent > column)
            {
                throw Decline();
            }

            at = _line + column;
            colon = KeyEnd(at);
        }

        _depth--;
        return map;
    }

    /// <summary>
    /// An explicit entry, as emitters write keys longer than 128 characters: <c>? key</c> on one line, then
    /// <c>: value</c> at the same column (the value on that line or below it).
    /// </summary>
    private (string Key, JsonNode? Value) ExplicitEntry(int at, int column)
    {
        at = SkipSpaces(at);
        if (AtLineEnd(at))
        {
            throw Decline();
        }

        var key = Scalar(at, column) is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw Decline();
        if (_indent != column || _t[_line + column] != ':')
        {
            throw Decline();
        }

        at = _line + column + 1;
        if (at < _end && _t[at] != ' ')
        {
            throw Decline();
        }

        at = SkipSpaces(at);
        if (!AtLineEnd(at))
        {
            return (key, IsEntry(at) ? throw Decline() : Node(at, column));
        }

        NextLine();
        SkipBlank();
        return (key, _indent > column ? Node(_line + _indent, column) : throw Decline());
    }

    /// <summary>A mapping value: on the key's line after the colon, or on the lines below.</summary>
    private JsonNode? Value(int at, int column)
    {
        at = SkipSpaces(at);
        if (!AtLineEnd(at))
        {
            return IsEntry(at) ? throw Decline() : Scalar(at, column);
        }

        NextLine();
        SkipBlank();
        if (_indent > column)
        {
            return Node(_line + _indent, column);
        }

        if (_indent == column && IsEntry(_line + _indent))
        {
            return Sequence(column);
        }

        Count(); // the empty value is a node too, as YamlDotNet counts it
        return null;
    }

    private JsonArray Sequence(int column)
    {
        Enter();
        var list = new JsonArray();
        while (true)
        {
            Count();
            var at = SkipSpaces(_line + column + 1);
            if (AtLineEnd(at))
            {
                NextLine();
                SkipBlank();
                list.Add(_indent > column ? Node(_line + _indent, column) : Empty());
            }
            else
            {
                list.Add(Node(at, column));
            }

            SkipBlank();
            if (_indent < column || (_indent == column && !IsEntry(_line + column)))
            {
                break;
            }

            if (_indent > column)
            {
                throw Decline();
            }
        }

        _depth--;
        return list;
    }

    /// <summary>A scalar (or an empty flow collection) starting at <paramref name="at"/>; leaves the cursor on the next line.</summary>
    private JsonNode? Scalar(int at, int parent)
    {
        Count();
        JsonNode? value;
        int after;
        switch (_t[at])
        {
            case '\'':
                value = JsonValue.Create(SingleQuoted(at, out after));
                break;
            case '"':
                value = JsonValue.Create(DoubleQuoted(at, out after));
                break;
            case '|':
                return Literal(at, parent);
            case '[' or '{':
                value = at + 1 < _end && _t[at + 1] == (_t[at] == '[' ? ']' : '}') ? (_t[at] == '[' ? new JsonArray() : new JsonObject()) : throw Decline();
                after = at + 2;
                break;
            default:
                value = YamlToJson.Resolve(Plain(at, out after));
                break;
        }

        if (!AtLineEnd(SkipSpaces(after)) || (after < _end && _t[after] != ' '))
        {
            throw Decline();
        }

        NextLine();
        SkipBlank();
        return _indent > parent ? throw Decline() : value; // a more indented line would continue the scalar
    }

    /// <summary>A one-line plain scalar: up to a comment or the end of the line, trailing spaces dropped.</summary>
    private string Plain(int at, out int after)
    {
        CheckPlainStart(at);

        var end = at;
        var last = at; // one past the last non-space character
        for (; end < _end; end++)
        {
            var ch = _t[end];
            if (ch == '#' && _t[end - 1] == ' ')
            {
                break;
            }

            if (ch == ':' && (end + 1 == _end || _t[end + 1] == ' '))
            {
                throw Decline(); // a mapping on the same line: an error YamlDotNet reports
            }

            if (ch != ' ')
            {
                last = end + 1;
            }
        }

        after = last;
        return Intern(_t.AsSpan(at, last - at));
    }

    /// <summary>Declines a plain scalar that starts with an indicator (or a sequence entry).</summary>
    private void CheckPlainStart(int at)
    {
        var c = _t[at];
        if (c is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '\'' or '"'
            || (c == '-' && (at + 1 == _end || _t[at + 1] == ' ')))
        {
            throw Decline();
        }
    }

    private string SingleQuoted(int at, out int after)
    {
        var close = _t.IndexOf('\'', at + 1, _end - at - 1);
        var plain = close >= 0 && (close + 1 >= _end || _t[close + 1] != '\'');
        if (plain)
        {
            after = close + 1;
            return Intern(_t.AsSpan(at + 1, close - at - 1));
        }

        var text = new StringBuilder();
        var i = at + 1;
        while (true)
        {
            if (i >= _end)
            {
                throw Decline(); // runs onto the next line
            }

            if (_t[i] == '\'')
            {
                if (i + 1 < _end && _t[i + 1] == '\'')
                {
                    text.Append('\'');
                    i += 2;
                    continue;
                }

                after = i + 1;
                return text.ToString();
            }

            text.Append(_t[i++]);
        }
    }

    private string DoubleQuoted(int at, out int after)
    {
        var i = at + 1;
        var run = i;
        while (run < _end && _t[run] is not ('"' or '\\'))
        {
            run++;
        }

        if (run < _end && _t[run] == '"')
        {
            after = run + 1;
            return Intern(_t.AsSpan(i, run - i));
        }

        var text = new StringBuilder();
        while (true)
        {
            if (i >= _end)
            {
                throw Decline(); // runs onto the next line (folding is left to YamlDotNet)
            }

            var c = _t[i++];
            if (c == '"')
            {
                after = i;
                return text.ToString();
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (i >= _end)
            {
                throw Decline();
            }

            var e = _t[i++];
            switch (e)
            {
                case '0': text.Append('\0'); break;
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 't': text.Append('\t'); break;
                case 'n': text.Append('\n'); break;
                case 'v': text.Append('\v'); break;
                case 'f': text.Append('\f'); break;
                case 'r': text.Append('\r'); break;
                case 'e': text.Append('\x1B'); break;
                case ' ' or '"' or '/' or '\\': text.Append(e); break;
                case 'N': text.Append('\u0085'); break;
                case '_': text.Append('\u00A0'); break;
                case 'L': text.Append('\u2028'); break;
                case 'P': text.Append('\u2029'); break;
                case 'x': AppendCode(text, ref i, 2); break;
                case 'u': AppendCode(text, ref i, 4); break;
                case 'U': AppendCode(text, ref i, 8); break;
                default: throw Decline();
            }
        }
    }

    private void AppendCode(StringBuilder text, ref int i, int digits)
    {
        if (i + digits > _end || !int.TryParse(_t.AsSpan(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code < 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Decline(); // surrogates and out-of-range codes: YamlDotNet's call
        }

        text.Append(char.ConvertFromUtf32(code));
        i += digits;
    }

    /// <summary>A literal block scalar (<c>|</c>, with optional chomping and indentation indicators).</summary>
    private JsonNode Literal(int at, int parent)
    {
        var chomp = ' ';
        var indicator = 0;
        var i = at + 1;
        for (; i < _end && _t[i] != ' '; i++)
        {
            var c = _t[i];
            if (c is '-' or '+' && chomp == ' ')
            {
                chomp = c;
            }
            else if (c is >= '1' and <= '9' && indicator == 0)
            {
                indicator = c - '0';
            }
            else
            {
                throw Decline();
            }
        }

        if (!AtLineEnd(SkipSpaces(i)) || parent < 0)
        {
            throw Decline();
        }

        NextLine();
        if (_indent < 0 || Blank())
        {
            throw Decline(); // leading empty lines or no content: edge cases left to YamlDotNet
        }

        var content = indicator > 0 ? parent + indicator : _indent;
        if (_indent <= parent || _indent < content)
        {
            throw Decline();
        }

        var text = new StringBuilder();
        var breaks = 0; // line breaks of empty lines not yet known to be inside the text
        while (_indent >= 0)
        {
            if (Blank())
            {
                if (_end - _line > content)
                {
                    throw Decline(); // a line of spaces reaching into the content
                }

                breaks++;
            }
            else if (_indent >= content)
            {
                text.Append('\n', breaks).Append(_t, _line + content, _end - _line - content).Append('\n');
                breaks = 0;
            }
            else
            {
                break;
            }

            if (_end == _t.Length)
            {
                throw Decline(); // the text ends without a final line break
            }

            NextLine();
        }

        var value = chomp switch
        {
            '-' => text.ToString(0, text.Length - 1),
            '+' => text.Append('\n', breaks).ToString(),
            _ => text.ToString(),
        };
        SkipBlank();
        return _indent > parent ? throw Decline() : JsonValue.Create(value);
    }

    /// <summary>The column of the colon ending a key that starts at <paramref name="at"/>, or -1 if no key starts there.</summary>
    private int KeyEnd(int at)
    {
        var c = _t[at];
        int end;
        if (c is '\'' or '"')
        {
            end = _t.IndexOf(c, at + 1, _end - at - 1);
            if (end < 0 || end + 1 >= _end || _t[end + 1] != ':' || (c == '\'' && _t.IndexOf('\'', at + 1, end - at - 1) >= 0)
                || (c == '"' && _t.IndexOf('\\', at + 1, end - at - 1) >= 0))
            {
                return -1; // quotes inside quoted keys: left to the scalar path (and so to YamlDotNet)
            }

            end++;
        }
        else
        {
            end = at;
            while (true)
            {
                end = _t.IndexOf(':', end, _end - end);
                if (end < 0)
                {
                    return -1;
                }

                if (end + 1 == _end || _t[end + 1] == ' ')
                {
                    break;
                }

                end++;
            }

            // " #" starts a comment; YamlDotNet reads a first key with a word starting with * (or & or !) as a scalar.
            var key = _t.AsSpan(at, end - at);
            if (key.Contains(" #", StringComparison.Ordinal) || key.Contains(" *", StringComparison.Ordinal)
                || key.Contains(" &", StringComparison.Ordinal) || key.Contains(" !", StringComparison.Ordinal) || _t[end - 1] == ' ')
            {
                return -1;
            }
        }

        return end + 1 == _end || _t[end + 1] == ' ' ? end : -1;
    }

    private string Key(int at, int colon)
    {
        if (colon - at >= MaxKeyLength)
        {
            throw Decline();
        }

        if (_t[at] is '\'' or '"')
        {
            return Intern(_t.AsSpan(at + 1, colon - at - 2));
        }

        CheckPlainStart(at);
        return YamlToJson.PlainKeyText(Intern(_t.AsSpan(at, colon - at)));
    }

    private JsonNode? Empty()
    {
        Count();
        return null;
    }

    private bool IsEntry(int at) => _t[at] == '-' && (at + 1 == _end || _t[at + 1] == ' ');

    private bool AtLineEnd(int at) => at >= _end || _t[at] == '#';

    private int SkipSpaces(int at)
    {
        while (at < _end && _t[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private bool Blank() => _line + _indent == _end;

    /// <summary>Moves past empty lines and comment lines.</summary>
    private void SkipBlank()
    {
        while (_indent >= 0 && (Blank() || _t[_line + _indent] == '#'))
        {
            NextLine();
        }
    }

    private void NextLine() => Begin(_end + 1);

    private void Begin(int start)
    {
        if (start >= _t.Length)
        {
            _line = _end = _t.Length;
            _indent = -1;
            return;
        }

        _line = start;
        var end = _t.IndexOf('\n', start);
        _end = end < 0 ? _t.Length : end;
        var i = start;
        while (i < _end && _t[i] == ' ')
        {
            i++;
        }

        _indent = i - start;
        if (_indent == 0 && _end - start >= 3 && (_t.AsSpan(start, 3) is "---" or "...") || (i < _end && _t[i] == '%' && _indent == 0))
        {
            throw Decline(); // document markers and directives
        }
    }

    private void Enter()
    {
        Count();
        if (++_depth >= _limits.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Decline();
        }
    }

    private void Count()
    {
        if (++_nodes >= _limits.MaxNodes)
        {
            throw Decline();
        }
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length > 48)
        {
            return text.ToString();
        }

        if (!_strings.TryGetValue(text, out var s))
        {
            s = text.ToString();
            _strings[s] = s;
        }

        return s;
    }

    /// <summary>No tab, carriage return, byte-order mark or other character YAML does not allow, and no lone surrogate.</summary>
    private static bool Printable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' or '\n')
            {
                continue;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static DeclineException Decline() => DeclineException.Instance;

    private sealed class DeclineException : Exception
    {
        public static readonly DeclineException Instance = new();
    }
}
