using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AtlasContract.Spec.Loading;

/// <summary>
/// Turns a YAML 1.2 document into a <see cref="JsonNode"/> tree straight from the parser's events:
/// no object graph in between, no recursion (so deep nesting cannot overflow the stack), and
/// aliases expanded under a node budget (so an alias bomb ends in an error, not a hang).
/// </summary>
internal sealed class YamlToJson
{
    private readonly string _source;
    private readonly LoadLimits _limits;
    private readonly Dictionary<string, (JsonNode? Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _stack = new();
    private long _nodes;

    private YamlToJson(string source, LoadLimits limits)
    {
        _source = source;
        _limits = limits;
    }

    /// <summary>
    /// The tree for a YAML document: through <see cref="BlockYaml"/> when the text is the plain block style it reads
    /// (a real Atlas spec, in a fraction of the time), else through YamlDotNet, which also reports every error.
    /// </summary>
    public static JsonNode? Convert(string text, string source, LoadLimits limits) =>
        BlockYaml.TryConvert(text, limits, out var root) ? root : ConvertWithYamlDotNet(text, source, limits);

    /// <summary>The YamlDotNet path alone: what <see cref="BlockYaml"/> must agree with wherever it reads a text.</summary>
    internal static JsonNode? ConvertWithYamlDotNet(string text, string source, LoadLimits limits) =>
        new YamlToJson(source, limits).Run(text);

    private JsonNode? Run(string text)
    {
        var parser = new Parser(new StringReader(text));
        JsonNode? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                switch (ev)
                {
                    case DocumentStart { IsImplicit: var _ }:
                        if (++documents > 1)
                        {
                            throw Fail("more than one YAML document in the stream", ev.Start);
                        }

                        break;
                    case Scalar scalar when scalar.Anchor.IsEmpty && _stack.TryPeek(out var top) && top.PendingKey is null
                                            && top.Container is JsonObject && PlainKey(scalar) is { } key:
                        Count(1, ev.Start);
                        top.PendingKey = key; // the key's text without a JsonValue made and dropped for it
                        break;
                    case Scalar scalar:
                        Add(ScalarValue(scalar), scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1, ev.Start, ref root);
                        break;
                    case AnchorAlias alias:
                        AddAlias(alias, ref root);
                        break;
                    case MappingStart map:
                        Open(new JsonObject(), map.Anchor.IsEmpty ? null : map.Anchor.Value, ev.Start);
                        break;
                    case SequenceStart seq:
                        Open(new JsonArray(), seq.Anchor.IsEmpty ? null : seq.Anchor.Value, ev.Start);
                        break;
                    case MappingEnd or SequenceEnd:
                        Close(ev.Start, ref root);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            throw new SpecLoadException(_source, "invalid YAML: " + Clean(ex.Message), ex.Start.Line, ex.Start.Column, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed input: still bad input, not a crash.
            var at = parser.Current?.End ?? Mark.Empty;
            throw new SpecLoadException(_source, "invalid YAML (the parser gave up after this point)", at.Line, at.Column, ex);
        }

        return root;
    }

    private static string Clean(string message)
    {
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return at >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(at + 3)..] : message;
    }

    private void Open(JsonNode container, string? anchor, Mark start)
    {
        if (_stack.Count >= _limits.MaxDepth)
        {
            throw Fail($"nesting deeper than {_limits.MaxDepth} levels", start);
        }

        Count(1, start);
        _stack.Push(new Frame(container, anchor, _nodes, start));
    }

    private void Close(Mark at, ref JsonNode? root)
    {
        var frame = _stack.Pop();
        if (frame.PendingKey is not null)
        {
            throw Fail("mapping key without a value", at);
        }

        var size = _nodes - frame.NodesAtStart + 1;
        if (frame.Anchor is not null)
        {
            _anchors[frame.Anchor] = (frame.Container, size);
        }

        Attach(frame.Container, frame.Start, ref root);
    }

    private void Add(JsonNode? value, string? anchor, long size, Mark at, ref JsonNode? root)
    {
        Count(size, at);
        if (anchor is not null)
        {
            _anchors[anchor] = (value, size);
        }

        Attach(value, at, ref root);
    }

    private void AddAlias(AnchorAlias alias, ref JsonNode? root)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw Fail($"alias *{alias.Value.Value} names no anchor defined before it", alias.Start);
        }

        if (_stack.Count > 0 && _stack.Peek().PendingKey is null && _stack.Peek().Container is JsonObject)
        {
            throw Fail("an alias cannot be a mapping key", alias.Start);
        }

        Count(target.Size, alias.Start);
        Attach(target.Node?.DeepClone(), alias.Start, ref root);
    }

    private void Attach(JsonNode? value, Mark at, ref JsonNode? root)
    {
        if (_stack.Count == 0)
        {
            root = value;
            return;
        }

        var parent = _stack.Peek();
        if (parent.Container is JsonArray array)
        {
            array.Add(value);
            return;
        }

        var map = (JsonObject)parent.Container;
        if (parent.PendingKey is null)
        {
            parent.PendingKey = value switch
            {
                JsonValue v => KeyText(v),
                null => "null",
                _ => throw Fail("a mapping key must be a scalar", at),
            };
            return;
        }

        if (!map.TryAdd(parent.PendingKey, value))
        {
            throw Fail($"duplicate key '{parent.PendingKey}'", at);
        }

        parent.PendingKey = null;
    }

    /// <summary>
    /// The key text of a scalar that resolves to a string (what <see cref="KeyText"/> would give for
    /// <see cref="ScalarValue"/>), or null for the rest (tags, null, booleans, numbers), which take the general path.
    /// </summary>
    private static string? PlainKey(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            return null;
        }

        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return text;
        }

        return ResolvesToItself(text) ? text : null;
    }

    /// <summary>Whether a plain scalar with this text is plainly a string (no null, boolean or number look-alike).</summary>
    private static bool ResolvesToItself(string text) =>
        !(text.Length == 0 || char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.' or '~'
          || text is "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE");

    /// <summary>The mapping key a plain (unquoted, untagged) scalar with this text gives.</summary>
    internal static string PlainKeyText(string text) => ResolvesToItself(text)
        ? text
        : Resolve(text) switch
        {
            JsonValue v => KeyText(v),
            _ => "null",
        };

    private static string KeyText(JsonValue v) => v.TryGetValue<string>(out var s) ? s : v.ToJsonString();

    private void Count(long size, Mark at)
    {
        _nodes += size;
        if (_nodes > _limits.MaxNodes)
        {
            throw Fail($"document expands to more than {_limits.MaxNodes:N0} nodes (an alias bomb?)", at);
        }
    }

    private SpecLoadException Fail(string problem, Mark at) => new(_source, problem, at.Line, at.Column);

    /// <summary>YAML 1.2 core schema: only plain scalars resolve to null, booleans and numbers.</summary>
    internal static JsonNode? ScalarValue(Scalar scalar)
    {
        var text = scalar.Value;
        if (!scalar.Tag.IsEmpty)
        {
            return scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:str" => JsonValue.Create(text),
                _ => Resolve(text),
            };
        }

        return scalar.Style == ScalarStyle.Plain ? Resolve(text) : JsonValue.Create(text);
    }

    /// <summary>What a plain (unquoted) scalar with this text means in YAML 1.2.</summary>
    internal static JsonNode? Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "-.inf" or ".nan" or ".NaN" or ".NAN":
                return JsonValue.Create(text);
        }

        var first = text[0];
        if (!(char.IsAsciiDigit(first) || first is '-' or '+' or '.'))
        {
            return JsonValue.Create(text);
        }

        if (IsInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (IsFloat(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        if (IsFloat(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) && double.IsFinite(dbl))
        {
            return JsonValue.Create(dbl);
        }

        return JsonValue.Create(text);
    }

    private static bool IsInteger(string s)
    {
        var i = s[0] is '-' or '+' ? 1 : 0;
        if (i == s.Length)
        {
            return false;
        }

        for (; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFloat(string s)
    {
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var i = s[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '-' or '+') { i++; }
            var exp = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; exp++; }
            if (exp == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private sealed class Frame(JsonNode container, string? anchor, long nodesAtStart, Mark start)
    {
        public JsonNode Container { get; } = container;
        public string? Anchor { get; } = anchor;
        public long NodesAtStart { get; } = nodesAtStart;
        public Mark Start { get; } = start;
        public string? PendingKey { get; set; }
    }
}
