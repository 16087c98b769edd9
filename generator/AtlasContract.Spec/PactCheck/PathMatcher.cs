using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Finds the path template a concrete request path belongs to. Templates may put parameters anywhere in
/// a segment (Atlas has <c>/clusters/{clusterName}:pause</c>); literal matches beat parameter matches.
/// </summary>
internal sealed class PathMatcher
{
    private readonly List<(string Template, Regex Regex, int Literal, string[] Names)> _templates = [];

    public PathMatcher(SpecDocument document)
    {
        foreach (var (template, _) in document.Paths)
        {
            var names = new List<string>();
            var pattern = Regex.Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), "{([^}]*)}", m =>
            {
                names.Add(m.Groups[1].Value);
                return "([^/]+?)";
            });
            var literal = Regex.Replace(template, "{[^}]*}", string.Empty).Length;
            _templates.Add((template, new Regex("^" + pattern + "/?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), literal, names.ToArray()));
        }

        _templates.Sort((a, b) => b.Literal.CompareTo(a.Literal));
    }

    /// <returns>The template and the (decoded) value of each path parameter, or null when no template matches.</returns>
    public (string Template, Dictionary<string, string> Parameters)? Match(string path)
    {
        var q = path.IndexOf('?');
        if (q >= 0)
        {
            path = path[..q];
        }

        foreach (var (template, regex, _, names) in _templates)
        {
            var m = regex.Match(path);
            if (!m.Success)
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                values[names[i]] = Uri.UnescapeDataString(m.Groups[i + 1].Value);
            }

            return (template, values);
        }

        return null;
    }
}
