using System.Text.Json.Nodes;
using AtlasContract.Spec.Diff;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli.Reports;

/// <summary>
/// Where in a fragment a finding points: its JSON pointer, refined along the finding's JSON path
/// (<c>$[*].roles</c> → the schema's <c>items</c>, then <c>properties/roles</c>, following <c>$ref</c>s), and the
/// line of that node. A removed element points at the nearest element that is still there.
/// </summary>
internal sealed class FindingLocator(SpecDocument document, string text)
{
    private readonly YamlLineMap _lines = YamlLineMap.Parse(text);

    public static FindingLocator Load(SpecDocument document, string file) => new(document, File.ReadAllText(file));

    public int Line(Finding finding) => _lines.LineOf(Pointer(finding));

    public string Pointer(Finding finding)
    {
        var pointer = finding.Location.StartsWith('#') ? finding.Location[1..] : finding.Location;
        var at = finding.JsonPath.IndexOf(" $", StringComparison.Ordinal);
        if (at < 0 || JsonPointer.Resolve(document.Root, pointer) is not JsonObject node)
        {
            return pointer;
        }

        foreach (var step in Steps(finding.JsonPath[(at + 2)..]))
        {
            (pointer, node) = Dereference(pointer, node);
            var next = step is null ? "/items" : "/properties/" + Escape(step);
            if (JsonPointer.Resolve(document.Root, pointer + next) is not JsonObject child)
            {
                return pointer + next;
            }

            (pointer, node) = (pointer + next, child);
        }

        return pointer;
    }

    private (string Pointer, JsonObject Node) Dereference(string pointer, JsonObject node)
    {
        for (var hops = 0; hops < 32 && node["$ref"]?.GetValue<string>() is { } reference && JsonPointer.IsLocal(reference); hops++)
        {
            if (JsonPointer.Resolve(document.Root, reference) is not JsonObject target)
            {
                break;
            }

            (pointer, node) = (reference[1..], target);
        }

        return (pointer, node);
    }

    /// <summary>The steps of "[*].roles['odd name'][*]": null for array items, else the property name.</summary>
    private static IEnumerable<string?> Steps(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path.AsSpan(i).StartsWith("[*]"))
            {
                yield return null;
                i += 3;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield break;
                }

                yield return path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal);
                i = end + 2;
            }
            else if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else
            {
                yield break;
            }
        }
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
