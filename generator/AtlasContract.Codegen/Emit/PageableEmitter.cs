using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AtlasContract.Codegen;

/// <summary>
/// For each operation <see cref="PagingDetector"/> finds in the transformed spec, a <c>{Operation}Pageable(…)</c>
/// method on the generated client interface and class, appended to NSwag's output in the same file (so the
/// codegen stamp and the gate's codegen check cover it). The method takes the operation's other parameters as
/// NSwag declared them on <c>{Operation}WithResponseAsync</c>, plus <c>AtlasPagingOptions? paging</c> and a
/// cancellation token, and returns an <c>AtlasPageable&lt;T&gt;</c> over <c>{Operation}WithResponseAsync</c>;
/// <c>T</c> is the item type of the response's <c>results</c> as generated. An operation whose declaration
/// cannot be read is skipped with a reason (<see cref="Result.Skipped"/>), never emitted half-way.
/// </summary>
internal static partial class PageableEmitter
{
    private const string Paging = "AtlasContract.Client.Paging.";

    /// <summary>The code to append, and each paged operation that got no method with the reason.</summary>
    internal sealed record Result(string Code, IReadOnlyList<string> Emitted, IReadOnlyList<string> Skipped);

    private sealed record Parameter(string Type, string Name, string? Default);

    private sealed record Method(string Name, string? Obsolete, string Body, IReadOnlyList<Parameter> Parameters);

    public static Result Emit(JsonObject spec, string generated, string ns, string className)
    {
        var members = new List<(string Interface, string Class)>();
        var emitted = new List<string>();
        var skipped = new List<string>();
        foreach (var paged in PagingDetector.Find(spec))
        {
            var member = Member(paged, generated, out var reason);
            if (member is null)
            {
                skipped.Add($"{paged.OperationId}: {reason}");
                continue;
            }

            members.Add(member.Value);
            emitted.Add(paged.OperationId);
        }

        if (members.Count == 0 || className.Length == 0)
        {
            return new Result(string.Empty, [], className.Length == 0 ? [.. skipped, .. emitted.Select(e => e + ": no client class")] : skipped);
        }

        var code = new StringBuilder();
        code.Append("\nnamespace ").Append(ns).Append("\n{\n");
        code.Append("    public partial interface I").Append(className).Append("\n    {\n");
        code.AppendJoin("\n", members.Select(m => m.Interface));
        code.Append("    }\n\n    public partial class ").Append(className).Append("\n    {\n");
        code.AppendJoin("\n", members.Select(m => m.Class));
        code.Append("    }\n}\n");
        return new Result(code.ToString(), emitted, skipped);
    }

    private static (string Interface, string Class)? Member(PagedOperation paged, string generated, out string reason)
    {
        if (Declaration(paged.OperationId, generated) is not { } method)
        {
            reason = "no WithResponseAsync declaration found in the generated interface";
            return null;
        }

        if (ItemType(generated, method.Body, paged) is not { } item)
        {
            reason = $"no results property found on {method.Body}";
            return null;
        }

        var names = method.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains(PagingDetector.PageSize) || !names.Contains(PagingDetector.PageNumber) || names.Contains("paging") || names.Contains("cancellationToken"))
        {
            reason = $"parameters {string.Join(", ", names)} do not carry {PagingDetector.PageSize} and {PagingDetector.PageNumber} as declared";
            return null;
        }

        reason = string.Empty;
        var passed = method.Parameters.Where(p => !IsPaging(p.Name)).ToList();
        var signature = string.Concat(passed.Select(p => $"{p.Type} {p.Name}{(p.Default is null ? string.Empty : " = " + p.Default)}, "))
            + Paging + "AtlasPagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken))";
        var returns = $"{Paging}AtlasPageable<{item.Type}>";
        var obsolete = method.Obsolete is null ? string.Empty : $"        {method.Obsolete}\n";
        var docs = Docs(paged, method, passed);
        var call = string.Join(", ", method.Parameters.Select(p => Argument(p)).Append("cancellationToken_"));
        var total = item.TotalCount is null ? "null" : $"(int?)response_.Value.{item.TotalCount}";
        return (
            $"{docs}{obsolete}        {returns} {method.Name}Pageable({signature};\n",
            $$"""
                    /// <inheritdoc />
            {{obsolete}}        public virtual {{returns}} {{method.Name}}Pageable({{signature}}
                    {
                        return new {{returns}}("{{paged.OperationId}}", async (request_, cancellationToken_) =>
                        {
                            var response_ = await {{method.Name}}WithResponseAsync({{call}}).ConfigureAwait(false);
                            return {{Paging}}AtlasPage<{{item.Type}}>.FromResponse(response_, request_, response_.Value.{{item.Results}}, {{total}});
                        }, paging, {{Literal(paged.DefaultPageSize)}}, {{Literal(paged.MaxPageSize)}}, cancellationToken);
                    }

            """);
    }

    private static bool IsPaging(string name) => name is PagingDetector.PageSize or PagingDetector.PageNumber or PagingDetector.IncludeCount;

    private static string Argument(Parameter p) => p.Name switch
    {
        PagingDetector.PageSize => "request_.PageSize",
        PagingDetector.PageNumber => "request_.PageNumber",
        PagingDetector.IncludeCount => p.Type == "bool" ? "request_.IncludeCount" : "request_.IncludeCountParameter",
        _ => p.Name,
    };

    private static string Literal(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Docs(PagedOperation paged, Method method, IReadOnlyList<Parameter> passed)
    {
        var docs = new StringBuilder();
        docs.Append($"""
                    /// <summary>
                    /// Every item of <c>{paged.OperationId}</c> over all its pages, or page by page with <c>AsPages</c>: requests page 1, 2, …
                    /// with <c>itemsPerPage</c> from <paramref name="paging"/> (else {(paged.DefaultPageSize is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "100")}){(paged.HasIncludeCount ? ", <c>includeCount</c> only when asked" : string.Empty)}, each through
                    /// <see cref="{method.Name}WithResponseAsync"/>. Nothing is sent until it is enumerated.
                    /// </summary>

            """);
        foreach (var p in passed)
        {
            docs.Append($"        /// <param name=\"{p.Name.TrimStart('@')}\">See <see cref=\"{method.Name}WithResponseAsync\"/>.</param>\n");
        }

        docs.Append("        /// <param name=\"paging\">Page size, page cap and <c>includeCount</c> (default: the operation's page size, 1000 pages, no count).</param>\n");
        docs.Append("        /// <param name=\"cancellationToken\">Cancels every walk (checked before each page and passed to each request).</param>\n");
        docs.Append("        /// <returns>The pageable: enumerate it for the items, or call <c>AsPages</c> for the pages.</returns>\n");
        return docs.ToString();
    }

    /// <summary>The interface's <c>{Operation}WithResponseAsync</c> declaration: name, body type, parameters and its <c>[Obsolete]</c>.</summary>
    private static Method? Declaration(string operationId, string generated)
    {
        foreach (var name in new[] { char.ToUpperInvariant(operationId[0]) + operationId[1..], Names.Pascal(operationId) }.Distinct())
        {
            var match = Regex.Match(generated, $@"^(?<attr>[ \t]*\[System\.Obsolete\([^\n]*\)\][ \t]*\n)?[ \t]*(?:System\.Threading\.Tasks\.)?Task<(?:[\w.]+\.)?AtlasResponse<(?<body>[^\n]+)>> {Regex.Escape(name)}WithResponseAsync\((?<params>[^\n]*)\);[ \t]*$", RegexOptions.Multiline);
            if (match.Success && SplitParameters(match.Groups["params"].Value) is { } parameters)
            {
                var obsolete = match.Groups["attr"].Success ? match.Groups["attr"].Value.Trim() : null;
                return new Method(name, obsolete, match.Groups["body"].Value, parameters.Where(p => p.Type != "System.Threading.CancellationToken").ToList());
            }
        }

        return null;
    }

    /// <summary>A parameter list split at its top-level commas; null when a part is not <c>TYPE NAME [= DEFAULT]</c>.</summary>
    private static List<Parameter>? SplitParameters(string list)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '<' or '(' or '[' => 1, '>' or ')' or ']' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                parts.Add(list[start..i]);
                start = i + 1;
            }
        }

        parts.Add(list[start..]);
        var parameters = new List<Parameter>();
        foreach (var part in parts.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var match = ParameterPattern().Match(part);
            if (!match.Success)
            {
                return null;
            }

            parameters.Add(new Parameter(match.Groups["type"].Value, match.Groups["name"].Value, match.Groups["default"].Success ? match.Groups["default"].Value : null));
        }

        return parameters;
    }

    /// <summary>
    /// The item type of <paramref name="body"/>'s <c>results</c> and the names of its results and totalCount
    /// properties, read from the generated class (through its base classes); when the class is generated
    /// elsewhere, from the spec (<c>results.items</c> naming a component).
    /// </summary>
    private static (string Type, string Results, string? TotalCount)? ItemType(string generated, string body, PagedOperation paged)
    {
        for (var type = body.TrimEnd('?'); type.Length > 0;)
        {
            var declaration = Regex.Match(generated, $@"\bclass {Regex.Escape(type)}\b(?:\s*:\s*(?<base>[\w.]+))?[^\n]*\n\s*\{{(?<members>.*?)\n    \}}", RegexOptions.Singleline);
            if (!declaration.Success)
            {
                break;
            }

            var members = declaration.Groups["members"].Value;
            if (Property(members, "results") is { } results && ElementType(results.Type) is { } element)
            {
                return (element, results.Name, Property(members, "totalCount")?.Name);
            }

            type = declaration.Groups["base"].Success ? declaration.Groups["base"].Value.Split('.')[^1] : string.Empty;
        }

        return paged.ItemRef is { } item && Names.IsTypeName(item) && !generated.Contains($"class {body.TrimEnd('?')}", StringComparison.Ordinal)
            ? (item, "Results", paged.HasTotalCount ? "TotalCount" : null)
            : null;
    }

    private static (string Type, string Name)? Property(string members, string jsonName)
    {
        var match = Regex.Match(members, $@"JsonProperty\(""{Regex.Escape(jsonName)}""[^\n]*\n(?:\s*\[[^\n]*\]\s*\n)*\s*public (?<type>[^\n]+?) (?<name>\w+) \{{");
        return match.Success ? (match.Groups["type"].Value, match.Groups["name"].Value) : null;
    }

    /// <summary>The element type of a generated collection type (<c>ICollection&lt;T&gt;?</c>, <c>T[]</c>), or null.</summary>
    private static string? ElementType(string collection)
    {
        var type = collection.TrimEnd('?');
        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            return type[..^2];
        }

        var open = type.IndexOf('<');
        return open > 0 && type.EndsWith('>') && type[..open].Split('.')[^1] is "ICollection" or "IList" or "List" or "IReadOnlyList" or "IReadOnlyCollection" or "IEnumerable" or "Collection"
            ? type[(open + 1)..^1]
            : null;
    }

    [GeneratedRegex(@"^(?<type>.+?)\s+(?<name>@?\w+)(?:\s*=\s*(?<default>.+))?$", RegexOptions.Singleline)]
    private static partial Regex ParameterPattern();
}
