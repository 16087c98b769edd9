using System.Text.RegularExpressions;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.PactCheck;

/// <summary>
/// Finds the path template a concrete request path belongs to. Templates may put parameters anywhere in
/// a segment (Atlas has <c>/clusters/{clusterName}:pause</c>); literal matches beat parameter matches. An
/// expression OpenAPI does not have (URI-template operators such as <c>{id*}</c>, <c>{.id}</c>, <c>{;id}</c>) is
/// matched by its name and the template is reported as irregular, never silently unmatched. A pact path without
/// its leading <c>/</c> is the same path.
/// </summary>
internal sealed class PathMatcher
{
    private const int MaxRemembered = 4096;
    private readonly List<(string Template, Regex Regex, int Literal, string[] Names, string? Irregular)> _templates = [];

    /// <summary>Pacts repeat their paths: each distinct path is matched once (a bounded memory).</summary>
    private readonly Dictionary<string, (string Template, Dictionary<string, string> Parameters, string? Irregular)?> _known = new(StringComparer.Ordinal);

    public PathMatcher(SpecDocument document)
    {
        foreach (var (template, _) in document.Paths)
        {
            var names = new List<string>();
            string? irregular = null;
            var pattern = Regex.Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), "{([^}]*)}", m =>
            {
                var expression = m.Groups[1].Value.Replace(@"\*", "*", StringComparison.Ordinal).Replace(@"\.", ".", StringComparison.Ordinal)
                    .Replace(@"\+", "+", StringComparison.Ordinal).Replace(@"\?", "?", StringComparison.Ordinal).Replace(@"\#", "#", StringComparison.Ordinal);
                var name = expression.TrimStart('.', ';', '/', '?', '&', '+', '#').TrimEnd('*');
                if (name != expression)
                {
                    irregular ??= "{" + expression + "}";
                }

                names.Add(name);
                return "([^/]+?)";
            });
            var literal = Regex.Replace(template, "{[^}]*}", string.Empty).Length;
            _templates.Add((template, new Regex("^" + pattern + "/?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), literal, names.ToArray(), irregular));
        }

        _templates.Sort((a, b) => b.Literal.CompareTo(a.Literal));
    }

    /// <returns>The template and the (decoded) value of each path parameter, or null when no template matches.</returns>
    public (string Template, Dictionary<string, string> Parameters)? Match(string path) =>
        MatchWithSyntax(path) is { } m ? (m.Template, m.Parameters) : null;

    /// <summary>As <see cref="Match"/>, with the first expression of the template OpenAPI does not have (null when none).</summary>
    public (string Template, Dictionary<string, string> Parameters, string? Irregular)? MatchWithSyntax(string path)
    {
        if (_known.TryGetValue(path, out var known))
        {
            return known is { } k ? (k.Template, new Dictionary<string, string>(k.Parameters, StringComparer.Ordinal), k.Irregular) : null;
        }

        if (_known.Count >= MaxRemembered)
        {
            _known.Clear();
        }

        var found = Find(path);
        _known[path] = found;
        return found is { } f ? (f.Template, new Dictionary<string, string>(f.Parameters, StringComparer.Ordinal), f.Irregular) : null;
    }

    private (string Template, Dictionary<string, string> Parameters, string? Irregular)? Find(string path)
    {
        var q = path.IndexOf('?');
        if (q >= 0)
        {
            path = path[..q];
        }

        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        foreach (var (template, regex, _, names, irregular) in _templates)
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

            return (template, values, irregular);
        }

        return null;
    }
}
