using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using AtlasContract.Spec.PactCheck;

namespace AtlasContract.Spec.Upstream;

/// <summary>
/// What a consumer actually uses, derived from its committed pacts: the operations it calls ("GET /path" as the
/// fragment spells the template), and per operation the response statuses, media types, headers and the JSON
/// paths of the response bodies (<c>$[*].roles[*]</c>: array items included), in the diff's path notation.
/// </summary>
public sealed class ConsumerUsage
{
    private readonly Dictionary<string, OperationUsage> _operations = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, OperationUsage> Operations => _operations;

    public static ConsumerUsage FromPacts(SpecDocument fragment, IEnumerable<string> pactFiles) =>
        FromInteractions(fragment, pactFiles.Select(file => PactFile.Load(file).Interactions));

    /// <summary>The usage of pacts already loaded (the gate loads each pact once for every check).</summary>
    public static ConsumerUsage FromInteractions(SpecDocument fragment, IEnumerable<IReadOnlyList<PactInteraction>> pacts)
    {
        var usage = new ConsumerUsage();
        var matcher = new PathMatcher(fragment);
        foreach (var interactions in pacts)
        {
            foreach (var interaction in interactions)
            {
                if (matcher.Match(interaction.Path) is not { } match)
                {
                    continue;
                }

                var operation = $"{interaction.Method.ToUpperInvariant()} {match.Template}";
                if (!usage._operations.TryGetValue(operation, out var op))
                {
                    usage._operations[operation] = op = new OperationUsage();
                }

                op.Add(interaction);
            }
        }

        return usage;
    }

    public sealed class OperationUsage
    {
        public HashSet<string> Statuses { get; } = new(StringComparer.Ordinal);

        /// <summary>"200 application/vnd.atlas.2023-01-01+json".</summary>
        public HashSet<string> MediaTypes { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>"200 x-request-id" (header names lower-case).</summary>
        public HashSet<string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>"200 application/vnd.atlas.2023-01-01+json $[*].username".</summary>
        public HashSet<string> BodyPaths { get; } = new(StringComparer.Ordinal);

        /// <summary>"query.username".</summary>
        public HashSet<string> Parameters { get; } = new(StringComparer.Ordinal);

        public void Add(PactInteraction interaction)
        {
            var status = interaction.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Statuses.Add(status);
            foreach (var name in interaction.Query.Keys)
            {
                Parameters.Add("query." + name);
            }

            foreach (var name in interaction.ResponseHeaders.Keys)
            {
                Headers.Add($"{status} {name.ToLowerInvariant()}");
            }

            if (interaction.ResponseContentType is not { } contentType)
            {
                return;
            }

            var mediaType = contentType.Split(';')[0].Trim();
            MediaTypes.Add($"{status} {mediaType}");
            Walk(interaction.ResponseBody, $"{status} {mediaType} $");
        }

        private void Walk(JsonNode? node, string path)
        {
            BodyPaths.Add(path);
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        Walk(value, path + Key(name));
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item, path + "[*]");
                    }

                    break;
            }
        }

        /// <summary>The diff's notation for a property: <c>.name</c>, or <c>['odd name']</c>.</summary>
        private static string Key(string name) =>
            name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$') ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }
}
