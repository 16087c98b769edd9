using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;
using static AtlasContract.Spec.Diff.JsonFlags;

namespace AtlasContract.Spec.Diff;

/// <summary>Walks two documents operation by operation and records every <see cref="Change"/>.</summary>
internal sealed partial class OperationComparer
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private readonly SpecDocument _base;
    private readonly SpecDocument _revision;
    private readonly SchemaView.Factory _baseViews;
    private readonly SchemaView.Factory _revisionViews;
    private readonly SchemaComparer _schemas;
    private readonly List<Change> _changes = [];

    public OperationComparer(SpecDocument baseDocument, SpecDocument revisionDocument)
    {
        _base = baseDocument;
        _revision = revisionDocument;
        _baseViews = new SchemaView.Factory(baseDocument);
        _revisionViews = new SchemaView.Factory(revisionDocument);
        _schemas = new SchemaComparer(_baseViews, _revisionViews);
    }

    public IReadOnlyList<Change> Run()
    {
        var before = Index(_base);
        var after = Index(_revision);
        var matched = Match(before, after);
        var globalSecuritySame = _schemas.SameNodes(_base.Root["security"], _revision.Root["security"]);
        foreach (var (b, r) in matched)
        {
            if (!Unchanged(b, r, globalSecuritySame))
            {
                CompareOperation(b, r);
            }
        }

        HashSet<string>? paths = null;
        foreach (var b in before.Where(o => !matched.Any(m => ReferenceEquals(m.Base, o))))
        {
            var sunset = Sunset(b.Node);
            paths ??= after.Select(o => o.Signature).ToHashSet(StringComparer.Ordinal);
            _changes.Add(new Change(ChangeKind.OperationRemoved, Area.Operation, b.Display, string.Empty, b.Pointer)
            {
                PathRemoved = !paths.Contains(b.Signature),
                Deprecated = IsTrue(b.Node["deprecated"]),
                Sunset = sunset,
                Before = b.Id,
                Stability = b.Node["x-stability-level"] is JsonValue level && level.TryGetValue<string>(out var stability) ? stability : null,
            });
        }

        foreach (var r in after.Where(o => !matched.Any(m => ReferenceEquals(m.Revision, o))))
        {
            _changes.Add(new Change(ChangeKind.OperationAdded, Area.Operation, r.Display, string.Empty, r.Pointer) { After = r.Id });
        }

        CompareSecuritySchemes(after);
        CompareDocument();
        return _changes;
    }

    private sealed record Op(string Path, string Method, JsonObject Node, JsonObject PathItem, string Pointer)
    {
        public string Display => $"{Method.ToUpperInvariant()} {Path}";

        public string? Id => Node["operationId"]?.GetValue<string>();

        /// <summary>The path with parameter names blanked: renaming a path parameter moves nothing.</summary>
        public string Signature => System.Text.RegularExpressions.Regex.Replace(Path, "{[^}]*}", "{}");
    }

    private static List<Op> Index(SpecDocument document)
    {
        var ops = new List<Op>();
        foreach (var (path, item) in document.Paths)
        {
            if (item is not JsonObject pathItem)
            {
                continue;
            }

            foreach (var method in Methods)
            {
                if (pathItem[method] is JsonObject op)
                {
                    ops.Add(new Op(path, method, op, pathItem, "#/paths/" + JsonPointer.Escape(path) + "/" + method));
                }
            }
        }

        return ops;
    }

    private static List<(Op Base, Op Revision)> Match(List<Op> before, List<Op> after)
    {
        var pairs = new List<(Op, Op)>();
        var exact = after.ToDictionary(o => (o.Path, o.Method));
        var left = new List<Op>();
        var taken = new HashSet<Op>(ReferenceEqualityComparer.Instance);
        foreach (var b in before)
        {
            if (exact.TryGetValue((b.Path, b.Method), out var r))
            {
                pairs.Add((b, r));
                taken.Add(r);
            }
            else
            {
                left.Add(b);
            }
        }

        foreach (var b in left)
        {
            var r = after.FirstOrDefault(o => !taken.Contains(o) && o.Method == b.Method && o.Signature == b.Signature);
            if (r is not null)
            {
                pairs.Add((b, r));
                taken.Add(r);
            }
        }

        return pairs;
    }

    /// <summary>
    /// An operation at the same path whose JSON, path-level parameters and everything their references reach are the
    /// same, under the same document-level security when it has none of its own, has nothing to compare: everything
    /// <see cref="CompareOperation"/> reads is there. (Changes to security schemes are reported by scheme, apart.)
    /// </summary>
    private bool Unchanged(Op b, Op r, bool globalSecuritySame) =>
        string.Equals(b.Path, r.Path, StringComparison.Ordinal)
        && (globalSecuritySame || b.Node.ContainsKey("security"))
        && _schemas.SameNodes(b.PathItem["parameters"], r.PathItem["parameters"])
        && _schemas.Same(b.Node, r.Node);

    private void CompareOperation(Op b, Op r)
    {
        var wasDeprecated = IsTrue(b.Node["deprecated"]);
        var isDeprecated = IsTrue(r.Node["deprecated"]);
        if (wasDeprecated != isDeprecated)
        {
            // A deprecation carries the operation's x-sunset, when it declares one (oasdiff's endpoint-deprecated-with-sunset).
            Add(isDeprecated ? ChangeKind.OperationDeprecated : ChangeKind.OperationReactivated, Area.Operation, r, string.Empty, r.Pointer, after: isDeprecated ? r.Node["x-sunset"]?.ToString() : null);
        }

        if (b.Id != r.Id)
        {
            Add(ChangeKind.OperationIdChanged, Area.Operation, r, string.Empty, r.Pointer + "/operationId", b.Id ?? "none", r.Id ?? "none");
        }

        CompareSunset(b.Node["x-sunset"], r.Node["x-sunset"], r, string.Empty, r.Pointer + "/x-sunset");
        CompareTagsAndStability(b, r);
        CompareParameters(b, r);
        CompareRequestBody(b, r);
        CompareResponses(b, r);
        CompareSecurity(b, r);
    }

    private void CompareSunset(JsonNode? before, JsonNode? after, Op op, string path, string pointer, Area area = Area.Operation)
    {
        var b = before?.ToString();
        var r = after?.ToString();
        if (!string.Equals(b, r, StringComparison.Ordinal))
        {
            Add(ChangeKind.SunsetChanged, area, op, path, pointer, b ?? "none", r ?? "none");
        }
    }

    private void CompareParameters(Op b, Op r)
    {
        var before = Parameters(_base, b);
        var after = Parameters(_revision, r);
        foreach (var (key, bp) in before)
        {
            var path = $"{bp["in"]}.{bp["name"]}";
            if (!after.TryGetValue(key, out var rp))
            {
                _changes.Add(new Change(ChangeKind.ParameterRemoved, Area.Parameter, r.Display, path, b.Pointer + "/parameters")
                {
                    Required = IsTrue(bp["required"]),
                    Deprecated = IsTrue(bp["deprecated"]),
                    Sunset = bp["x-sunset"]?.ToString(),
                });
                continue;
            }

            var pointer = r.Pointer + "/parameters";
            var wasRequired = IsTrue(bp["required"]);
            var isRequired = IsTrue(rp["required"]);
            if (wasRequired != isRequired)
            {
                Add(isRequired ? ChangeKind.ParameterBecameRequired : ChangeKind.ParameterBecameOptional, Area.Parameter, r, path, pointer);
            }

            var wasDeprecated = IsDeprecated(bp, _baseViews);
            var isDeprecated = IsDeprecated(rp, _revisionViews);
            if (wasDeprecated != isDeprecated)
            {
                Add(isDeprecated ? ChangeKind.ParameterDeprecated : ChangeKind.ParameterReactivated, Area.Parameter, r, path, pointer);
            }

            CompareSunset(bp["x-sunset"], rp["x-sunset"], r, path, pointer, Area.Parameter);
            CompareSerialization(bp, rp, r, path, pointer);
            AddSchemaChanges(_schemas.Compare(bp["schema"], rp["schema"], request: true).Select(c => AsParameter(c, wasRequired)).ToList(), Area.Parameter, r, path, pointer, null);
        }

        foreach (var (key, rp) in after.Where(p => !before.ContainsKey(p.Key)))
        {
            // Declared once on the path item for all its operations: one change, located there (oasdiff's *-default-parameter-to-existing-path).
            var path = $"{rp["in"]}.{rp["name"]}";
            var shared = OnPathItem(r, rp) ? "#/paths/" + JsonPointer.Escape(r.Path) + "/parameters" : null;
            _changes.Add(new Change(ChangeKind.ParameterAdded, Area.Parameter, r.Display, path, shared ?? r.Pointer + "/parameters")
            {
                Required = IsTrue(rp["required"]),
                Origin = shared is null ? null : $"{shared} {path}",
            });
        }
    }

    /// <summary>The parameter in force for the operation is the one its path item declares (none of the operation's own overrides it).</summary>
    private bool OnPathItem(Op op, JsonObject parameter)
    {
        foreach (var item in op.PathItem["parameters"] as JsonArray ?? [])
        {
            if (ReferenceEquals(_revisionViews.Resolve(item), parameter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a schema change means for a parameter: its value is text on the wire, so a scalar that becomes a plain
    /// string accepts every value clients sent (generalized); the default of a parameter clients must send
    /// (<paramref name="required"/>) is never used by them.
    /// </summary>
    private static SchemaChange AsParameter(SchemaChange change, bool required) => change switch
    {
        { Kind: ChangeKind.TypeChanged, After: "string", Before: { } before } when before.Split('/')[0] is "integer" or "number" or "boolean"
            => change with { Kind = ChangeKind.TypeGeneralized },
        { Kind: ChangeKind.DefaultChanged, RelativePath.Length: 0 } => change with { Required = required },
        _ => change,
    };

    /// <summary>Path-level and operation-level parameters, keyed by location and name (path ones by position).</summary>
    private Dictionary<string, JsonObject> Parameters(SpecDocument document, Op op)
    {
        var views = ReferenceEquals(document, _base) ? _baseViews : _revisionViews;
        var merged = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var pathNames = PathNames(op.Path);
        foreach (var source in new[] { op.PathItem["parameters"], op.Node["parameters"] })
        {
            foreach (var item in source as JsonArray ?? [])
            {
                if (views.Resolve(item) is not { } parameter)
                {
                    continue;
                }

                var location = parameter["in"]?.ToString() ?? "query";
                var name = parameter["name"]?.ToString() ?? string.Empty;
                var key = location == "path" && pathNames.IndexOf(name) is var i and >= 0 ? $"path#{i}" : $"{location}:{(location == "header" ? name.ToLowerInvariant() : name)}";
                merged[key] = parameter;
            }
        }

        return merged;
    }

    /// <summary>The names between braces in a path template, in order ("/a/{id}/b/{name}" → id, name).</summary>
    private static List<string> PathNames(string path)
    {
        var names = new List<string>();
        for (var open = path.IndexOf('{'); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var close = path.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            names.Add(path[(open + 1)..close]);
            open = close;
        }

        return names;
    }

    private void CompareRequestBody(Op b, Op r)
    {
        var bb = _baseViews.Resolve(b.Node["requestBody"]);
        var rb = _revisionViews.Resolve(r.Node["requestBody"]);
        var pointer = r.Pointer + "/requestBody";
        switch (bb, rb)
        {
            case (null, null):
                return;
            case (null, { } added):
                _changes.Add(new Change(ChangeKind.RequestBodyAdded, Area.RequestBody, r.Display, "$", pointer) { Required = IsTrue(added["required"]) });
                return;
            case ({ } removed, null):
                _changes.Add(new Change(ChangeKind.RequestBodyRemoved, Area.RequestBody, r.Display, "$", b.Pointer + "/requestBody") { Required = IsTrue(removed["required"]) });
                return;
        }

        if (IsTrue(bb["required"]) != IsTrue(rb["required"]))
        {
            Add(IsTrue(rb["required"]) ? ChangeKind.RequestBodyBecameRequired : ChangeKind.RequestBodyBecameOptional, Area.RequestBody, r, "$", pointer);
        }

        CompareContent(bb["content"] as JsonObject, rb["content"] as JsonObject, Area.RequestBody, r, pointer + "/content", null);
    }

    private void CompareContent(JsonObject? before, JsonObject? after, Area area, Op r, string pointer, string? status)
    {
        before ??= [];
        after ??= [];
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mediaType, bm) in before)
        {
            var at = pointer + "/" + JsonPointer.Escape(mediaType);
            if (after[mediaType] is not JsonObject rm)
            {
                if (area == Area.Response && RangeMatch(mediaType, after, before, renamed) is { } range)
                {
                    // The same body under a media type range that covers it, or one media type of the range it was.
                    renamed.Add(range.MediaType);
                    var to = pointer + "/" + JsonPointer.Escape(range.MediaType);
                    _changes.Add(new Change(range.Kind, area, r.Display, "$", to) { Before = mediaType, After = range.MediaType, Status = status });
                    AddSchemaChanges(_schemas.Compare(bm?["schema"], after[range.MediaType]!["schema"], request: false), area, r, "$", to + "/schema", status, $"{status} {range.MediaType} ", range.MediaType);
                    continue;
                }

                if (area == Area.Response && !RuleContext.IsSuccessStatus(status) && SameSchemaUnder(bm?["schema"], after, before, renamed) is { } replacement)
                {
                    // The body moved to another media type: one rename, then what changed in the body itself.
                    renamed.Add(replacement);
                    var to = pointer + "/" + JsonPointer.Escape(replacement);
                    _changes.Add(new Change(ChangeKind.MediaTypeRenamed, area, r.Display, "$", to) { Before = mediaType, After = replacement, Status = status });
                    AddSchemaChanges(_schemas.Compare(bm?["schema"], after[replacement]!["schema"], request: false), area, r, "$", to + "/schema", status, $"{status} {replacement} ", replacement);
                    continue;
                }

                _changes.Add(new Change(ChangeKind.MediaTypeRemoved, area, r.Display, "$", at) { Before = mediaType, Status = status, Sunset = (bm as JsonObject)?["x-sunset"]?.ToString() });
                continue;
            }

            var prefix = $"{(status is null ? string.Empty : status + " ")}{mediaType} ";
            if (bm?["schema"] is null != rm["schema"] is null)
            {
                // A body that could be anything now has a schema, or the reverse: one change, not a retyping of "any".
                _changes.Add(new Change(rm["schema"] is null ? ChangeKind.MediaTypeSchemaRemoved : ChangeKind.MediaTypeSchemaAdded, area, r.Display, "$", at + "/schema")
                {
                    Before = mediaType, After = mediaType, Status = status,
                });
            }
            else
            {
                AddSchemaChanges(_schemas.Compare(bm?["schema"], rm["schema"], request: area == Area.RequestBody), area, r, "$", at + "/schema", status, prefix, mediaType);
            }

            if (area == Area.Response && (bm?["x-sunset"] is not null || rm["x-sunset"] is not null))
            {
                CompareSunset(bm?["x-sunset"], rm["x-sunset"], r, prefix.TrimEnd(), at + "/x-sunset");
            }
        }

        foreach (var mediaType in after.Select(p => p.Key).Where(m => !before.ContainsKey(m) && !renamed.Contains(m)))
        {
            _changes.Add(new Change(ChangeKind.MediaTypeAdded, area, r.Display, "$", pointer + "/" + JsonPointer.Escape(mediaType)) { After = mediaType, Status = status });
        }
    }

    /// <summary>
    /// A media type new in <paramref name="after"/> (not yet paired) carrying the same schema: the same named schema
    /// (whatever changed inside it is reported on its own), else one that reads as <paramref name="schema"/> does.
    /// </summary>
    private string? SameSchemaUnder(JsonNode? schema, JsonObject after, JsonObject before, HashSet<string> taken)
    {
        var candidates = after.Where(p => !before.ContainsKey(p.Key) && !taken.Contains(p.Key) && p.Value is JsonObject).Select(p => p.Key).ToList();
        var name = Reference(schema);
        return candidates.FirstOrDefault(m => name is not null && name == Reference(after[m]!["schema"]))
            ?? candidates.FirstOrDefault(m => _schemas.Compare(schema, after[m]!["schema"], request: false).Count == 0);
    }

    /// <summary>
    /// A media type new in <paramref name="after"/> (not yet paired) that is a range covering <paramref name="mediaType"/>
    /// (generalized: <c>application/*</c>, <c>*/*</c>) or lies within it when it is a range (specialized).
    /// </summary>
    private static (string MediaType, ChangeKind Kind)? RangeMatch(string mediaType, JsonObject after, JsonObject before, HashSet<string> taken)
    {
        foreach (var (candidate, node) in after)
        {
            if (node is not JsonObject || before.ContainsKey(candidate) || taken.Contains(candidate))
            {
                continue;
            }

            if (Covers(candidate, mediaType))
            {
                return (candidate, ChangeKind.MediaTypeGeneralized);
            }

            if (Covers(mediaType, candidate))
            {
                return (candidate, ChangeKind.MediaTypeSpecialized);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="range"/> (<c>*/*</c>, <c>application/*</c>) covers another media type.</summary>
    private static bool Covers(string range, string mediaType) =>
        !string.Equals(range, mediaType, StringComparison.OrdinalIgnoreCase)
        && (range == "*/*" || (range.EndsWith("/*", StringComparison.Ordinal) && mediaType.StartsWith(range[..^1], StringComparison.OrdinalIgnoreCase)));

    private static string? Reference(JsonNode? schema) => schema?["$ref"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private void CompareResponses(Op b, Op r)
    {
        var before = b.Node["responses"] as JsonObject ?? [];
        var after = r.Node["responses"] as JsonObject ?? [];
        foreach (var (status, bNode) in before)
        {
            var at = r.Pointer + "/responses/" + JsonPointer.Escape(status);
            if (!after.ContainsKey(status))
            {
                _changes.Add(new Change(ChangeKind.StatusRemoved, Area.Response, r.Display, string.Empty, b.Pointer + "/responses/" + JsonPointer.Escape(status)) { Before = status, Status = status });
                continue;
            }

            var br = _baseViews.Resolve(bNode);
            var rr = _revisionViews.Resolve(after[status]);
            // A response with neither content nor headers on either side (a 204) has nothing to compare there.
            if (br?["content"] is JsonObject || rr?["content"] is JsonObject)
            {
                CompareContent(br?["content"] as JsonObject, rr?["content"] as JsonObject, Area.Response, r, at + "/content", status);
            }

            if (br?["headers"] is JsonObject || rr?["headers"] is JsonObject)
            {
                CompareHeaders(br?["headers"] as JsonObject, rr?["headers"] as JsonObject, r, at + "/headers", status);
            }
        }

        foreach (var status in after.Select(p => p.Key).Where(s => !before.ContainsKey(s)))
        {
            _changes.Add(new Change(ChangeKind.StatusAdded, Area.Response, r.Display, string.Empty, r.Pointer + "/responses/" + JsonPointer.Escape(status)) { After = status, Status = status });
        }
    }

    private void CompareHeaders(JsonObject? before, JsonObject? after, Op r, string pointer, string status)
    {
        var b = ByName(before, _baseViews);
        var a = ByName(after, _revisionViews);
        foreach (var (key, (name, bh)) in b)
        {
            var path = $"{status} header {name}";
            if (!a.TryGetValue(key, out var rh))
            {
                _changes.Add(new Change(ChangeKind.HeaderRemoved, Area.ResponseHeader, r.Display, path, pointer + "/" + JsonPointer.Escape(name)) { Required = IsTrue(bh?["required"]), Status = status });
                continue;
            }

            var wasDeprecated = IsDeprecated(bh, _baseViews);
            var isDeprecated = IsDeprecated(rh.Node, _revisionViews);
            if (wasDeprecated != isDeprecated)
            {
                Add(isDeprecated ? ChangeKind.HeaderDeprecated : ChangeKind.HeaderReactivated, Area.ResponseHeader, r, path, pointer + "/" + JsonPointer.Escape(rh.Key));
            }

            if (IsTrue(bh?["required"]) != IsTrue(rh.Node?["required"]))
            {
                Add(IsTrue(rh.Node?["required"]) ? ChangeKind.HeaderBecameRequired : ChangeKind.HeaderBecameOptional, Area.ResponseHeader, r, path, pointer + "/" + JsonPointer.Escape(rh.Key));
            }

            AddSchemaChanges(_schemas.Compare(bh?["schema"], rh.Node?["schema"], request: false), Area.ResponseHeader, r, path, pointer + "/" + JsonPointer.Escape(rh.Key), status);
        }

        foreach (var (key, (name, _)) in a.Where(p => !b.ContainsKey(p.Key)))
        {
            _changes.Add(new Change(ChangeKind.HeaderAdded, Area.ResponseHeader, r.Display, $"{status} header {name}", pointer + "/" + JsonPointer.Escape(name)) { Status = status });
        }
    }

    /// <summary>Headers by case-insensitive name (HTTP header names are); of names differing only by case the first wins.</summary>
    private static Dictionary<string, (string Key, JsonObject? Node)> ByName(JsonObject? headers, SchemaView.Factory views)
    {
        var byName = new Dictionary<string, (string, JsonObject?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in headers ?? [])
        {
            byName.TryAdd(name, (name, views.Resolve(node)));
        }

        return byName;
    }

    private void AddSchemaChanges(IReadOnlyList<SchemaChange> changes, Area area, Op op, string root, string pointer, string? status, string prefix = "", string? mediaType = null)
    {
        foreach (var c in changes)
        {
            _changes.Add(new Change(c.Kind, area, op.Display, prefix + root + c.RelativePath, pointer)
            {
                Before = c.Before,
                After = c.After,
                Required = c.Required,
                Status = status,
                Origin = c.Origin is null ? null : $"{c.Origin} ${c.OriginPath}",
                BodyRoot = c.RelativePath.Length == 0 && area is Area.RequestBody or Area.Response,
                InProperty = !ItemsOnly(c.RelativePath),
                MediaType = mediaType,
            });
        }
    }

    /// <summary>A relative path of array items only ("", "[*]", "[*][*]"): the schema's own values, no property.</summary>
    private static bool ItemsOnly(string path)
    {
        for (var i = 0; i < path.Length; i += 3)
        {
            if (string.CompareOrdinal(path, i, "[*]", 0, 3) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private void Add(ChangeKind kind, Area area, Op op, string path, string pointer, string? before = null, string? after = null) =>
        _changes.Add(new Change(kind, area, op.Display, path, pointer) { Before = before, After = after });

    /// <summary>The operation's sunset: its own x-sunset, else the earliest of its response media types.</summary>
    internal static string? Sunset(JsonObject op) =>
        op["x-sunset"]?.ToString() ?? (op["responses"] as JsonObject ?? [])
            .SelectMany(r => r.Value?["content"] as JsonObject ?? [])
            .Select(c => c.Value?["x-sunset"]?.ToString())
            .Where(s => !string.IsNullOrEmpty(s))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();

}
