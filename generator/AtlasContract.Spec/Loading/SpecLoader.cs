using System.Text;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Loading;

/// <summary>Reads OpenAPI 3.x documents from YAML or JSON into a <see cref="SpecDocument"/>.</summary>
public static class SpecLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SpecDocument Load(string path, LoadLimits? limits = null)
    {
        limits ??= LoadLimits.Default;
        var bytes = Files.ReadBounded(path, limits.MaxBytes);
        return Parse(bytes, path, limits);
    }

    public static SpecDocument Parse(byte[] bytes, string source, LoadLimits? limits = null) =>
        Parse(Decode(bytes, source), source, limits);

    public static SpecDocument Parse(string text, string source, LoadLimits? limits = null)
    {
        limits ??= LoadLimits.Default;
        var node = LooksLikeJson(text) ? JsonInput.Parse(text, source, limits) : YamlToJson.Convert(text, source, limits);
        return node switch
        {
            JsonObject root => new SpecDocument(source, root) { ExternalReferences = OpenApiShape.Applies(root) ? OpenApiShape.Check(root, source) : [] },
            null => throw new SpecLoadException(source, "the document is empty"),
            JsonArray => throw new SpecLoadException(source, "the root is an array; an OpenAPI document is an object", 1, 1),
            _ => throw new SpecLoadException(source, "the root is a single value; an OpenAPI document is an object", 1, 1),
        };
    }

    /// <summary>Strict UTF-8 (a leading BOM skipped): a bad byte is an error naming its line and column.</summary>
    internal static string Decode(byte[] bytes, string source)
    {
        var start = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? start + ex.Index : -1;
            var (line, col) = offset >= 0 ? Position(bytes, offset) : (0, 0);
            throw new SpecLoadException(source, $"not valid UTF-8 (bad byte at offset {offset})", line, col, ex);
        }
    }

    /// <summary>1-based line and column of a byte offset.</summary>
    internal static (long Line, long Column) Position(byte[] bytes, long offset)
    {
        long line = 1, col = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; col = 1; } else { col++; }
        }

        return (line, col);
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c is '{' or '[';
            }
        }

        return false;
    }
}
