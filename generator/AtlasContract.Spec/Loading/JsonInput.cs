using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Loading;

/// <summary>
/// Parses JSON input (specs and pacts) strictly: a duplicate key or a string escape that is a lone UTF-16
/// surrogate (<c>"\ud800"</c>) is an error naming the line and column, as the YAML path does, instead of a
/// tree that crashes the first time the object or string is read.
/// </summary>
public static class JsonInput
{
    public static JsonNode? Parse(string text, string source, LoadLimits? limits = null)
    {
        limits ??= LoadLimits.Default;
        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        try
        {
            Check(bytes, source, limits);
            return JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException ex)
        {
            throw Invalid(ex, source);
        }
    }

    /// <summary>
    /// The checks of <see cref="Parse(string, string, LoadLimits?)"/> (syntax, duplicate keys, lone surrogates, node
    /// budget) over strict UTF-8 bytes without building a tree: for readers that stream a large document.
    /// </summary>
    public static void Validate(byte[] utf8, string source, LoadLimits? limits = null)
    {
        try
        {
            Check(utf8, source, limits ?? LoadLimits.Default);
        }
        catch (JsonException ex)
        {
            throw Invalid(ex, source);
        }
    }

    private static SpecLoadException Invalid(JsonException ex, string source)
    {
        var line = (ex.LineNumber ?? -1) + 1;
        var col = (ex.BytePositionInLine ?? -1) + 1;
        var problem = ex.Message;
        var cut = problem.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return new SpecLoadException(source, "invalid JSON: " + (cut > 0 ? problem[..cut] : problem), line, col, ex);
    }

    private static void Check(byte[] bytes, string source, LoadLimits limits)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        var keys = new Stack<HashSet<string>?>();
        long nodes = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    keys.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    keys.Push(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    keys.Pop();
                    continue;
                case JsonTokenType.PropertyName:
                    var name = Text(ref reader, bytes, source);
                    if (keys.Peek() is { } seen && !seen.Add(name))
                    {
                        throw Fail(source, $"duplicate key '{name}'", bytes, reader.TokenStartIndex);
                    }

                    continue;
                case JsonTokenType.String when reader.ValueIsEscaped:
                    Text(ref reader, bytes, source);
                    break;
            }

            if (++nodes > limits.MaxNodes)
            {
                throw Fail(source, $"document has more than {limits.MaxNodes:N0} nodes", bytes, reader.TokenStartIndex);
            }
        }
    }

    private static string Text(ref Utf8JsonReader reader, byte[] bytes, string source)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Fail(source, "a string escape is a lone UTF-16 surrogate (\\ud800-\\udfff without its pair): not valid Unicode", bytes, reader.TokenStartIndex);
        }
    }

    private static SpecLoadException Fail(string source, string problem, byte[] bytes, long offset)
    {
        var (line, col) = SpecLoader.Position(bytes, offset);
        return new SpecLoadException(source, problem, line, col);
    }
}
