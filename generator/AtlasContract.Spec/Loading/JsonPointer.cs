using System.Text;
using System.Text.Json.Nodes;

namespace AtlasContract.Spec.Loading;

/// <summary>RFC 6901 pointers within one document ("#/components/schemas/Foo").</summary>
public static class JsonPointer
{
    public static bool IsLocal(string reference) => reference.StartsWith('#');

    /// <summary>"#", "#/a/b": a pointer into this document; "#foo" (a plain-name fragment) and "other.yaml#/x" are not.</summary>
    public static bool IsPointer(string reference) => reference.StartsWith('#') && (reference.Length == 1 || reference[1] == '/');

    public static IReadOnlyList<string> Segments(string reference)
    {
        var pointer = reference.StartsWith('#') ? reference[1..] : reference;
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new FormatException($"'{reference}' is not a JSON pointer");
        }

        return pointer[1..].Split('/').Select(s => Uri.UnescapeDataString(s).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
    }

    /// <returns>The node, or null when nothing is there or the reference is not a JSON pointer ("#/a/b" or "/a/b").</returns>
    public static JsonNode? Resolve(JsonNode root, string reference)
    {
        if (!IsPointer(reference) && !(reference.Length == 0 || reference[0] == '/'))
        {
            return null; // neither "#/a/b" nor a plain pointer "/a/b": "#foo", "other.yaml#/x"
        }

        JsonNode? node = root;
        foreach (var segment in Segments(reference))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, string segment) => new StringBuilder(pointer).Append('/').Append(Escape(segment)).ToString();
}
