using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Spec.Diff;

/// <summary>
/// A schema as a client sees it: <c>$ref</c>s followed, <c>allOf</c> merged, 3.1 type arrays and
/// 3.0 <c>nullable</c> folded together. Two views compare equal on structure whatever their schemas are
/// named, so renaming a component or inlining a <c>$ref</c> is not a change.
/// </summary>
internal sealed class SchemaView
{
    private SchemaView(JsonObject key) => Key = key;

    /// <summary>The resolved node this view stands for: the identity used to break cycles.</summary>
    public JsonObject Key { get; }

    public string? Type { get; private set; }

    public string? Format { get; private set; }

    public string? Pattern { get; private set; }

    public bool Nullable { get; private set; }

    public bool ReadOnly { get; private set; }

    public bool WriteOnly { get; private set; }

    public bool Deprecated { get; private set; }

    public bool UniqueItems { get; private set; }

    /// <summary><c>additionalProperties: false</c>: only the declared properties may appear.</summary>
    public bool Closed { get; private set; }

    public IReadOnlyList<string>? Enum { get; private set; }

    /// <summary><see cref="Enum"/> is a <c>const</c>: the one value allowed.</summary>
    public bool IsConst { get; private set; }

    /// <summary><c>x-extensible-enum</c>: the values known today, with more to come (clients must take unknown ones).</summary>
    public IReadOnlyList<string>? ExtensibleEnum { get; private set; }

    public string? Default { get; private set; }

    /// <summary>3.0's boolean form: <c>minimum</c> itself is excluded.</summary>
    public bool ExclusiveMinimum { get; private set; }

    /// <summary>3.0's boolean form: <c>maximum</c> itself is excluded.</summary>
    public bool ExclusiveMaximum { get; private set; }

    /// <summary>The discriminator's property name, when the schema has one.</summary>
    public string? DiscriminatorProperty { get; private set; }

    /// <summary>The discriminator's explicit mapping: wire value → <c>$ref</c>.</summary>
    public Dictionary<string, string> DiscriminatorMapping => _mapping ?? NoMapping;

    /// <summary>maxLength, maximum, maxItems, minLength, minimum, minItems and 3.1's numeric exclusiveMinimum/exclusiveMaximum: whichever the schema sets.</summary>
    public Dictionary<string, decimal> Bounds => _bounds ?? NoBounds;

    public Dictionary<string, JsonNode> Properties => _properties ?? NoProperties;

    public HashSet<string> Required => _required ?? NoNames;

    public JsonNode? Items { get; private set; }

    public JsonNode? AdditionalProperties { get; private set; }

    public List<JsonNode>? OneOf { get; private set; }

    public List<JsonNode>? AnyOf { get; private set; }

    /// <summary>
    /// The oneOf lists of allOf members after the first met (<see cref="OneOf"/>): a value matches one variant of each.
    /// Empty for nearly every schema.
    /// </summary>
    public IReadOnlyList<List<JsonNode>> MoreOneOf => _moreOneOf ?? NoGroups;

    /// <summary>As <see cref="MoreOneOf"/>, for anyOf.</summary>
    public IReadOnlyList<List<JsonNode>> MoreAnyOf => _moreAnyOf ?? NoGroups;

    /// <summary><c>not</c>: the schemas of what this one refuses (its own and its allOf members'), in the order met.</summary>
    public IReadOnlyList<JsonNode> Nots => _nots ?? NoNodes;

    /// <summary>
    /// The 2020-12 keywords that hold sub-schemas, by where a change inside them is reported: "[contains]",
    /// "[0]" (prefixItems), "(propertyNames)", "[/pattern/]" (patternProperties), "(if .a)" (dependentSchemas),
    /// "(if)", "(then)", "(else)", "(content)" (contentSchema), "(unevaluatedItems)", "(unevaluatedProperties)".
    /// An absent one allows anything; each carries the kinds of change its appearing and going are.
    /// </summary>
    public IReadOnlyDictionary<string, SubSchema> SubSchemas => _subSchemas ?? NoSubSchemas;

    /// <summary><c>contentEncoding</c> and <c>contentMediaType</c>: how a string's content is written.</summary>
    public IReadOnlyDictionary<string, string> Content => _content ?? NoContent;

    /// <summary>dependentRequired: property → the properties required with it.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> DependentRequired => _dependentRequired ?? NoDependencies;

    // Allocated only by the schemas that use these keywords: a 4 MB spec has tens of thousands of views, most of
    // them scalars. The shared empty ones are never written: only the factory writes, and only to the fields.
    private static readonly Dictionary<string, SubSchema> NoSubSchemas = [];
    private static readonly Dictionary<string, JsonNode> NoProperties = [];
    private static readonly Dictionary<string, string> NoContent = [];
    private static readonly Dictionary<string, HashSet<string>> NoDependencies = [];
    private static readonly Dictionary<string, string> NoMapping = [];
    private static readonly Dictionary<string, decimal> NoBounds = [];
    private static readonly HashSet<string> NoNames = [];
    private static readonly List<List<JsonNode>> NoGroups = [];
    private static readonly List<JsonNode> NoNodes = [];
    private List<List<JsonNode>>? _moreOneOf;
    private List<List<JsonNode>>? _moreAnyOf;
    private List<JsonNode>? _nots;
    private Dictionary<string, SubSchema>? _subSchemas;
    private Dictionary<string, string>? _mapping;
    private Dictionary<string, decimal>? _bounds;
    private Dictionary<string, JsonNode>? _properties;
    private HashSet<string>? _required;
    private Dictionary<string, string>? _content;
    private Dictionary<string, HashSet<string>>? _dependentRequired;

    /// <summary>Builds views of one document's schemas, each node once.</summary>
    internal sealed class Factory(SpecDocument document)
    {
        private static readonly JsonObject Empty = [];
        private readonly Dictionary<JsonObject, SchemaView> _cache = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, JsonObject?> _targets = new(StringComparer.Ordinal);
        private readonly Dictionary<JsonObject, string> _pointers = new(ReferenceEqualityComparer.Instance);

        public SpecDocument Document { get; } = document;

        public SchemaView Of(JsonNode? schema)
        {
            var resolved = Resolve(schema) ?? Empty;
            if (_cache.TryGetValue(resolved, out var view))
            {
                return view;
            }

            view = new SchemaView(resolved);
            _cache[resolved] = view;
            HashSet<JsonObject>? merged = null;
            Merge(view, resolved, ref merged);
            return view;
        }

        public JsonObject? Resolve(JsonNode? node)
        {
            for (var hops = 0; hops < 64; hops++)
            {
                if (node is not JsonObject obj || obj["$ref"] is not JsonValue r || !r.TryGetValue<string>(out var reference))
                {
                    return node as JsonObject;
                }

                node = Target(reference);
                if (node is null)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>What a reference text points to in this document (an object), remembered per text.</summary>
        public JsonObject? Target(string reference)
        {
            if (!_targets.TryGetValue(reference, out var target))
            {
                target = IsPointer(reference) ? JsonPointer.Resolve(Document.Root, reference) as JsonObject : null;
                _targets[reference] = target;
                if (target is not null)
                {
                    _pointers.TryAdd(target, reference);
                }
            }

            return target;
        }

        /// <summary>The pointer a <c>$ref</c> used to reach this schema, when one did (its name in the document).</summary>
        public string? PointerOf(JsonObject schema) => _pointers.GetValueOrDefault(schema);

        /// <summary>Schemas merged into views so far: each schema at most once per view, whatever its allOf cycles.</summary>
        public int Merges { get; private set; }

        /// <summary>A local reference that is a JSON pointer ("#/…" or "#"); anything else ("#foo", a URL) resolves to nothing.</summary>
        private static bool IsPointer(string reference) => reference == "#" || reference.StartsWith("#/", StringComparison.Ordinal);

        /// <summary>Merges <paramref name="schema"/> and what it leads to (allOf members, a nullable wrapping's schema) into <paramref name="view"/>.</summary>
        /// <param name="view">The view being built.</param>
        /// <param name="schema">The schema to merge: the view's own, or one it leads to.</param>
        /// <param name="merged">The schemas merged into the view so far: made when the view's own schema leads to another (most lead to none).</param>
        private void Merge(SchemaView view, JsonObject schema, ref HashSet<JsonObject>? merged)
        {
            if (merged is not null && !merged.Add(schema))
            {
                return;
            }

            Merges++;
            if (schema["allOf"] is JsonArray allOf)
            {
                foreach (var part in allOf)
                {
                    if (Resolve(part) is { } member)
                    {
                        merged ??= new HashSet<JsonObject>(ReferenceEqualityComparer.Instance) { view.Key };
                        Merge(view, member, ref merged);
                    }
                }
            }

            // A nullable wrapping (anyOf/oneOf of one schema and {type: 'null'}, as 3.1 writes "nullable X") is X, nullable.
            var wrapped = NullableWrapped(schema);
            if (wrapped is not null)
            {
                view.Nullable = true;
                merged ??= new HashSet<JsonObject>(ReferenceEqualityComparer.Instance) { view.Key };
                Merge(view, wrapped, ref merged);
            }

            ReadType(view, schema["type"]);
            view.Format ??= Text(schema["format"]);
            view.Pattern ??= Text(schema["pattern"]);
            view.Nullable |= JsonFlags.IsTrue(schema["nullable"]);
            view.ReadOnly |= JsonFlags.IsTrue(schema["readOnly"]);
            view.WriteOnly |= JsonFlags.IsTrue(schema["writeOnly"]);
            view.Deprecated |= JsonFlags.IsTrue(schema["deprecated"]);
            view.UniqueItems |= JsonFlags.IsTrue(schema["uniqueItems"]);
            view.Closed |= schema["additionalProperties"] is JsonValue ap && ap.TryGetValue<bool>(out var open) && !open;
            if (schema["enum"] is JsonArray values)
            {
                view.Nullable |= values.Any(v => v is null);
                view.Enum = JsonTexts(values);
            }
            else if (schema.TryGetPropertyValue("const", out var constant) && view.Enum is null)
            {
                // const is an enum of one value.
                view.Nullable |= constant is null;
                view.Enum = constant is null ? [] : [constant.ToJsonString()];
                view.IsConst = true;
            }

            if (schema["x-extensible-enum"] is JsonArray extensible)
            {
                view.ExtensibleEnum ??= extensible.Where(v => v is not null).Select(v => v!.ToJsonString()).ToList();
            }

            ReadSubSchemas(view, schema);

            foreach (var bound in Constraints.Names)
            {
                if (JsonNumbers.TryGetDecimal(schema[bound], out var limit) && !view.Bounds.ContainsKey(bound))
                {
                    (view._bounds ??= new(StringComparer.Ordinal))[bound] = limit;
                }
            }

            ReadExclusive(view, schema);
            // The schema's own discriminator only: subtypes that allOf their parent do not choose among its variants.
            if (ReferenceEquals(schema, view.Key) && schema["discriminator"] is JsonObject discriminator)
            {
                view.DiscriminatorProperty = Text(discriminator["propertyName"]);
                if (discriminator["mapping"] is JsonObject mapping)
                {
                    foreach (var (value, target) in mapping)
                    {
                        if (Text(target) is { } reference)
                        {
                            (view._mapping ??= new(StringComparer.Ordinal)).TryAdd(value, reference);
                        }
                    }
                }
            }

            if (schema.TryGetPropertyValue("default", out var def))
            {
                view.Default = def?.ToJsonString() ?? "null";
            }

            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    if (property is not null)
                    {
                        (view._properties ??= new(StringComparer.Ordinal))[name] = property;
                    }
                }
            }

            if (schema["required"] is JsonArray requiredNames)
            {
                foreach (var name in requiredNames)
                {
                    if (Text(name) is { } required)
                    {
                        (view._required ??= new(StringComparer.Ordinal)).Add(required);
                    }
                }
            }

            view.Items ??= schema["items"];
            if (schema["not"] is { } refused)
            {
                (view._nots ??= []).Add(refused);
            }

            view.AdditionalProperties ??= schema["additionalProperties"] as JsonObject;
            // A subtype that allOf its parent is one of the parent's variants, not a chooser among them.
            if ((ReferenceEquals(schema, view.Key) || !ListsAsVariant(schema, view.Key)) && wrapped is null)
            {
                // An allOf of several choices: the first is the view's own, the others are compared each in turn.
                if (schema["oneOf"] is JsonArray oneOf)
                {
                    var group = oneOf.OfType<JsonNode>().ToList();
                    if (view.OneOf is null)
                    {
                        view.OneOf = group;
                    }
                    else
                    {
                        (view._moreOneOf ??= []).Add(group);
                    }
                }

                if (schema["anyOf"] is JsonArray anyOf)
                {
                    var group = anyOf.OfType<JsonNode>().ToList();
                    if (view.AnyOf is null)
                    {
                        view.AnyOf = group;
                    }
                    else
                    {
                        (view._moreAnyOf ??= []).Add(group);
                    }
                }
            }
        }

        /// <summary>The schema a nullable wrapping wraps: of exactly two anyOf/oneOf members, the one that is not <c>{type: 'null'}</c>.</summary>
        private JsonObject? NullableWrapped(JsonObject schema)
        {
            var members = (schema["anyOf"] ?? schema["oneOf"]) as JsonArray;
            if (members is not { Count: 2 })
            {
                return null;
            }

            var resolved = members.Select(Resolve).ToList();
            var nulls = resolved.Count(IsNullType);
            return nulls == 1 ? resolved.First(m => !IsNullType(m)) : null;
        }

        private static bool IsNullType(JsonObject? schema) => schema is not null && Text(schema["type"]) == "null";

        private static void ReadSubSchemas(SchemaView view, JsonObject schema)
        {
            AddSubSchema(view, "[contains]", schema["contains"], ChangeKind.ContainsAdded, ChangeKind.ContainsRemoved);
            AddSubSchema(view, "(propertyNames)", schema["propertyNames"], ChangeKind.PropertyNamesAdded, ChangeKind.PropertyNamesRemoved);
            AddSubSchema(view, "(if)", schema["if"], ChangeKind.IfAdded, ChangeKind.IfRemoved);
            AddSubSchema(view, "(then)", schema["then"], ChangeKind.ThenAdded, ChangeKind.ThenRemoved);
            AddSubSchema(view, "(else)", schema["else"], ChangeKind.ElseAdded, ChangeKind.ElseRemoved);
            AddSubSchema(view, "(content)", schema["contentSchema"], ChangeKind.ContentSchemaAdded, ChangeKind.ContentSchemaRemoved);
            // false is a schema too here: unevaluatedProperties: false closes the object to what no other keyword declares.
            AddSubSchema(view, "(unevaluatedItems)", schema["unevaluatedItems"], ChangeKind.UnevaluatedItemsAdded, ChangeKind.UnevaluatedItemsRemoved);
            AddSubSchema(view, "(unevaluatedProperties)", schema["unevaluatedProperties"], ChangeKind.UnevaluatedPropertiesAdded, ChangeKind.UnevaluatedPropertiesRemoved);
            if (schema["prefixItems"] is JsonArray prefix)
            {
                for (var i = 0; i < prefix.Count; i++)
                {
                    AddSubSchema(view, $"[{i}]", prefix[i], ChangeKind.PrefixItemsAdded, ChangeKind.PrefixItemsRemoved);
                }
            }

            if (schema["patternProperties"] is JsonObject patternProperties)
            {
                foreach (var (pattern, sub) in patternProperties)
                {
                    AddSubSchema(view, $"[/{pattern}/]", sub, ChangeKind.PatternPropertyAdded, ChangeKind.PatternPropertyRemoved);
                }
            }

            if (schema["dependentSchemas"] is JsonObject dependentSchemas)
            {
                foreach (var (name, sub) in dependentSchemas)
                {
                    AddSubSchema(view, $"(if .{name})", sub, ChangeKind.DependentSchemaAdded, ChangeKind.DependentSchemaRemoved);
                }
            }

            foreach (var key in ContentKeys)
            {
                if (Text(schema[key]) is { } value)
                {
                    (view._content ??= new(StringComparer.Ordinal)).TryAdd(key, value);
                }
            }

            if (schema["dependentRequired"] is JsonObject dependentRequired)
            {
                foreach (var (name, list) in dependentRequired)
                {
                    var all = view._dependentRequired ??= new(StringComparer.Ordinal);
                    if (!all.TryGetValue(name, out var with))
                    {
                        all[name] = with = new HashSet<string>(StringComparer.Ordinal);
                    }

                    with.UnionWith((list as JsonArray ?? []).Select(Text).OfType<string>());
                }
            }
        }

        private static readonly string[] ContentKeys = ["contentEncoding", "contentMediaType"];

        private static void AddSubSchema(SchemaView view, string where, JsonNode? sub, ChangeKind added, ChangeKind removed)
        {
            if (sub is JsonObject || (sub is JsonValue flag && flag.TryGetValue<bool>(out _)))
            {
                (view._subSchemas ??= new(StringComparer.Ordinal)).TryAdd(where, new SubSchema(sub, added, removed));
            }
        }

        private static readonly (string Name, bool Lower)[] Exclusives = [("exclusiveMinimum", true), ("exclusiveMaximum", false)];

        /// <summary>3.0: <c>exclusiveMinimum: true</c> qualifies <c>minimum</c>; 3.1: <c>exclusiveMinimum: 5</c> is a bound of its own.</summary>
        private static void ReadExclusive(SchemaView view, JsonObject schema)
        {
            foreach (var (name, lower) in Exclusives)
            {
                switch (schema[name])
                {
                    case JsonValue flag when flag.TryGetValue<bool>(out var on):
                        if (lower)
                        {
                            view.ExclusiveMinimum |= on;
                        }
                        else
                        {
                            view.ExclusiveMaximum |= on;
                        }

                        break;
                    case { } number when JsonNumbers.TryGetDecimal(number, out var limit):
                        (view._bounds ??= new(StringComparer.Ordinal)).TryAdd(name, limit);
                        break;
                }
            }
        }

        private bool ListsAsVariant(JsonObject parent, JsonObject child) =>
            new[] { parent["oneOf"], parent["anyOf"] }.OfType<JsonArray>().SelectMany(a => a).Any(v => ReferenceEquals(Resolve(v), child));

        private static void ReadType(SchemaView view, JsonNode? type)
        {
            switch (type)
            {
                case JsonValue single when single.TryGetValue<string>(out var name):
                    view.Type ??= name == "null" ? null : name;
                    view.Nullable |= name == "null";
                    break;
                case JsonArray many:
                    var names = many.Select(Text).Where(t => t is not null).ToList();
                    view.Nullable |= names.Contains("null");
                    var concrete = names.Where(t => t != "null").Order(StringComparer.Ordinal).ToList();
                    view.Type ??= concrete.Count == 0 ? null : string.Join("|", concrete);
                    break;
            }
        }

        /// <summary>The values as JSON text, nulls left out (enum values: thousands in a 4 MB spec, most of them plain words).</summary>
        private static List<string> JsonTexts(JsonArray values)
        {
            var texts = new List<string>(values.Count);
            foreach (var value in values)
            {
                if (value is not null)
                {
                    texts.Add(Text(value) is { } word && IsPlain(word) ? $"\"{word}\"" : value.ToJsonString());
                }
            }

            return texts;
        }

        /// <summary>A string that JSON writes as it is, between quotes: letters, digits, '_', '-', '.', ' ' (no escaping applies).</summary>
        private static bool IsPlain(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or ' '))
                {
                    return false;
                }
            }

            return true;
        }

        private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }
}

/// <summary>A 2020-12 sub-schema of a view (contains, a prefixItems position, …) and the kinds of change its appearing and going are.</summary>
internal readonly record struct SubSchema(JsonNode Node, ChangeKind Added, ChangeKind Removed);
