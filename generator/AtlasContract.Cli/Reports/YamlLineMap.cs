using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AtlasContract.Cli.Reports;

/// <summary>
/// The 1-based line of every node of a YAML (or JSON) document, by JSON pointer, read from YamlDotNet's parser
/// events. A pointer into something the document does not have gets the line of its nearest existing ancestor.
/// </summary>
internal sealed class YamlLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private YamlLineMap()
    {
    }

    public static YamlLineMap Parse(string text)
    {
        var map = new YamlLineMap();
        var parser = new Parser(new StringReader(text));
        var path = new List<Frame>();
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar when path.Count > 0 && path[^1].IsMapping && path[^1].PendingKey is null:
                    path[^1] = path[^1] with { PendingKey = scalar.Value, KeyLine = (int)scalar.Start.Line };
                    break;
                case Scalar or AnchorAlias:
                    map.Record(path, parser.Current!.Start);
                    Advance(path);
                    break;
                case MappingStart or SequenceStart:
                    map.Record(path, parser.Current!.Start);
                    path.Add(new Frame(parser.Current is MappingStart, null, 0, 0));
                    break;
                case MappingEnd or SequenceEnd:
                    path.RemoveAt(path.Count - 1);
                    Advance(path);
                    break;
            }
        }

        return map;
    }

    /// <summary>The line of <paramref name="pointer"/> ("#/paths/~1a/get" or "/paths/~1a/get"), or of its nearest ancestor.</summary>
    public int LineOf(string pointer)
    {
        var key = pointer.StartsWith('#') ? pointer[1..] : pointer;
        while (true)
        {
            if (_lines.TryGetValue(key, out var line))
            {
                return line;
            }

            if (key.Length == 0)
            {
                return 1;
            }

            key = key[..key.LastIndexOf('/')];
        }
    }

    private void Record(List<Frame> path, Mark start)
    {
        var key = string.Concat(path.Select(f => "/" + Escape(f.IsMapping ? f.PendingKey ?? string.Empty : f.Index.ToString(CultureInfo.InvariantCulture))));
        // A mapping's value is shown at its key's line (a block mapping would otherwise start at its first key).
        _lines.TryAdd(key, path.Count > 0 && path[^1].IsMapping ? path[^1].KeyLine : (int)start.Line);
    }

    private static void Advance(List<Frame> path)
    {
        if (path.Count > 0)
        {
            path[^1] = path[^1].IsMapping ? path[^1] with { PendingKey = null, KeyLine = 0 } : path[^1] with { Index = path[^1].Index + 1 };
        }
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private sealed record Frame(bool IsMapping, string? PendingKey, int KeyLine, int Index);
}
