using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasContract.Spec.Loading;

namespace AtlasContract.Cli.Tests.Fuzz;

/// <summary>
/// A seeded, deterministic generator of hostile CLI runs, built from the repository's real fragments
/// (<c>spec/</c>) and committed pacts (<c>contract-tests/pacts/</c>). The same seed gives the same cases.
/// Every case writes its input under <c>workDir</c> (a handful of file names, reused) and nothing elsewhere.
/// </summary>
public sealed class HostileCases
{
    /// <summary>The families, each a kind of hostility; the fuzz tests run each one, the long run runs them all.</summary>
    public static readonly string[] Families =
    [
        "yaml-lines", "yaml-oddities", "json-types", "json-text", "wrong-types", "pact-types", "pact-text",
        "patterns", "versions", "refs", "encodings", "cli-args", "diff-cycles",
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Formats = ["text", "json", "markdown", "junit"];

    private readonly string _work;
    private readonly Fragment[] _fragments;

    public HostileCases(string root, string workDir)
    {
        _work = workDir;
        Directory.CreateDirectory(workDir);
        Spec = (Path.Combine(root, "spec", "atlas-v2", "listOrgInvites.yaml"), Path.Combine(root, "spec", "atlas-v1.0", "getOrgInvites.yaml"));
        var pacts = Path.Combine(root, "contract-tests", "pacts");
        _fragments =
        [
            new Fragment(Spec.V2, Path.Combine(pacts, "AtlasContract.Client-MongoDB-Atlas-Admin-API-v2.json"), "listOrgInvites"),
            new Fragment(Spec.V1, Path.Combine(pacts, "AtlasContract.Client-MongoDB-Cloud-Manager-API-v1.0.json"), "getOrgInvites"),
        ];
    }

    public (string V2, string V1) Spec { get; }

    /// <summary><paramref name="count"/> cases of one family, from <paramref name="seed"/>.</summary>
    public IEnumerable<FuzzCase> Generate(string family, int seed, int count)
    {
        var random = new Random(HashCode.Combine(seed, StableHash(family)));
        for (var i = 0; i < count; i++)
        {
            var fragment = _fragments[i % _fragments.Length];
            yield return family switch
            {
                "yaml-lines" => SpecCase(family, i, fragment, Write(i, ".yaml", YamlLines(fragment.Yaml, random)), random),
                "yaml-oddities" => SpecCase(family, i, fragment, Write(i, ".yaml", YamlOddities(fragment.Yaml, random)), random),
                "json-types" => SpecCase(family, i, fragment, Write(i, ".json", TypeSwaps(fragment.Tree, random, 1 + random.Next(3))), random),
                "json-text" => SpecCase(family, i, fragment, Write(i, ".json", JsonText(fragment.Tree.ToJsonString(Indented), random)), random),
                "wrong-types" => SpecCase(family, i, fragment, Write(i, ".json", WrongTypes(fragment.Tree, random)), random),
                "pact-types" => PactCase(family, i, fragment, Write(i, ".pact.json", TypeSwaps(fragment.Pact, random, 1 + random.Next(3))), random),
                "pact-text" => PactCase(family, i, fragment, Write(i, ".pact.json", JsonText(fragment.Pact.ToJsonString(Indented), random)), random),
                "patterns" => Patterns(family, i, fragment, random),
                "versions" => SpecCase(family, i, fragment, Write(i, ".yaml", Versions(fragment.Yaml, random)), random),
                "refs" => SpecCase(family, i, fragment, Write(i, ".yaml", Refs(fragment.Yaml, random)), random),
                "encodings" => Encodings(family, i, fragment, random),
                "cli-args" => CliArgs(family, i, fragment, random),
                "diff-cycles" => DiffCase(family, i, fragment, Write(i, ".yaml", Cycles(fragment.Yaml, random)), random),
                _ => throw new ArgumentException($"unknown family '{family}'", nameof(family)),
            };
        }
    }

    private FuzzCase SpecCase(string family, int i, Fragment fragment, string path, Random random) => (random.Next(8)) switch
    {
        0 => new FuzzCase(family, i, ["validate", path, .. Format(random, "text", "json")], path),
        1 or 2 => new FuzzCase(family, i, ["diff", fragment.Spec, path, .. Format(random, Formats)], path),
        3 => new FuzzCase(family, i, ["diff", path, fragment.Spec], path),
        4 => new FuzzCase(family, i, ["compat", Spec.V1, path, .. Format(random, Formats)], path),
        5 => new FuzzCase(family, i, ["slice", path, "--operation", fragment.Operation], path),
        _ => new FuzzCase(family, i, ["verify-pact", fragment.PactPath, "--spec", path], path),
    };

    private FuzzCase DiffCase(string family, int i, Fragment fragment, string path, Random random) => random.Next(3) switch
    {
        0 => new FuzzCase(family, i, ["diff", fragment.Spec, path], path),
        1 => new FuzzCase(family, i, ["diff", path, path], path),
        _ => new FuzzCase(family, i, ["compat", path, Spec.V2], path),
    };

    private static FuzzCase PactCase(string family, int i, Fragment fragment, string path, Random random) =>
        new(family, i, ["verify-pact", path, "--spec", fragment.Spec, .. Format(random, "text", "junit")], path);

    private static string[] Format(Random random, params string[] formats) =>
        random.Next(3) == 0 ? [] : ["--format", formats[random.Next(formats.Length)]];

    // ---- YAML -------------------------------------------------------------------------------------------------

    private static string YamlLines(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 4); n > 0 && lines.Count > 0; n--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(10))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                case 2: lines[i] = "  " + lines[i]; break;
                case 3: lines[i] = lines[i].TrimStart(); break;
                case 4: lines[i] = lines[i].Replace("string", "integer", StringComparison.Ordinal).Replace("array", "object", StringComparison.Ordinal); break;
                case 5: lines[i] = lines[i].Replace("$ref: '#/components/", "$ref: '#/components/x", StringComparison.Ordinal); break;
                case 6: lines[i] += random.Next(3) switch { 0 => " [", 1 => ": {", _ => " &a *a" }; break;
                case 7: lines[i] = lines[i].Length > 2 ? lines[i][..random.Next(lines[i].Length)] : lines[i]; break;
                case 8: lines.RemoveRange(i, Math.Min(random.Next(1, 30), lines.Count - i)); break;
                default: lines[i] = lines[i].Replace(": ", ": \u00e9\u0000", StringComparison.Ordinal); break;
            }
        }

        return string.Join('\n', lines);
    }

    private static readonly string[] Oddities =
    [
        "{k}: !!binary aGVsbG8=", "{k}: !custom value", "{k}: !!int twelve", "{k}: !!float x", "{k}: !!null ''", "{k}: !!str 12",
        "? [a, b]\n{i}: c", "? {a: 1}\n{i}: c", "<<: *nowhere", "<<: {type: string}", "&anchor {k}: v", "*alias: v", "{k}: *undefined",
        "---", "...", "%YAML 1.1", "%TAG ! tag:example.com,2000:", "{k}: |\n{i}  literal\n{i}  text", "{k}: >-\n{i}  folded",
        "{k}: \"\\ud800\"", "{k}: \"\\udfff\\ud800\"", "{k}: \"\\U0010FFFF\"", "{k}: \"\\x00\"", "{k}: '\\x'", "\t{k}: tab",
        "{k}: [a, {b: c}, [d]]", "{k}: 0x1F", "{k}: 0o17", "{k}: 1e400", "{k}: -1e400", "{k}: .nan", "{k}: -.inf", "{k}: ~",
        "{k}: 2027-07-01T00:00:00Z", "'': empty", "? ''", "~: null key", "null: v", "true: v", "123: v", "{k}: !!set {a, b}",
        "{k}: !!omap [a: 1]", "{k}: &x [*x]", "{k}: 99999999999999999999999999999", "{k}: -0", "{k}: +12", "{k}: 1_000",
        "{k}: '\u202e\u200b'", "{k}: \"\\N\\_\\L\\P\"", "{k}: {a: 1, a: 2}", "{k}: [", "{k}: {", "{k}: }", "{k}: ]", "{k}: \"unterminated",
        "# comment only", "{k}:", "{k}: - a", "- list item in a map", "{k}: @reserved", "{k}: `reserved",
    ];

    private static string YamlOddities(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var i = random.Next(lines.Count);
            var indent = new string(' ', lines[i].Length - lines[i].TrimStart().Length);
            var key = lines[i].TrimStart().Split(':')[0].TrimStart('-', ' ');
            var odd = Oddities[random.Next(Oddities.Length)].Replace("{k}", key.Length > 0 ? key : "k", StringComparison.Ordinal).Replace("{i}", indent, StringComparison.Ordinal);
            var line = indent + odd.Replace("\n", "\n", StringComparison.Ordinal);
            if (random.Next(2) == 0)
            {
                lines[i] = line;
            }
            else
            {
                lines.Insert(i, line);
            }
        }

        if (random.Next(20) == 0)
        {
            lines.Insert(random.Next(lines.Count), "long: " + new string('x', 200_000));
        }

        return string.Join(random.Next(10) == 0 ? "\r\n" : "\n", lines);
    }

    // ---- JSON trees ---------------------------------------------------------------------------------------------

    private static readonly Func<JsonNode?>[] Values =
    [
        () => "yes", () => "", () => 5, () => -1, () => 1.5, () => true, () => false, () => null, () => new JsonArray(),
        () => new JsonObject(), () => new JsonArray(1, "a", null), () => new JsonObject { ["a"] = 1 }, () => "#foo",
        () => JsonNode.Parse("1e308"), () => JsonNode.Parse("99999999999999999999999999"), () => new string('x', 10_000),
        () => "\u0000", () => new JsonObject { ["$ref"] = "#/components/schemas/Nope" }, () => new JsonObject { ["$ref"] = 5 },
        () => new JsonObject { ["type"] = "string", ["pattern"] = "[" }, () => new JsonArray(new JsonObject()),
    ];

    private static string TypeSwaps(JsonObject tree, Random random, int swaps)
    {
        var copy = tree.DeepClone().AsObject();
        for (var n = 0; n < swaps; n++)
        {
            var slots = Slots(copy);
            var (parent, key, index) = slots[random.Next(slots.Count)];
            var value = Values[random.Next(Values.Length)]();
            if (random.Next(8) == 0)
            {
                // remove instead of replace
                if (parent is JsonObject o)
                {
                    o.Remove(key!);
                }
                else
                {
                    ((JsonArray)parent).RemoveAt(index);
                }

                continue;
            }

            if (parent is JsonObject obj)
            {
                obj[key!] = value;
            }
            else
            {
                ((JsonArray)parent)[index] = value;
            }
        }

        return copy.ToJsonString(Indented);
    }

    /// <summary>Every place a value sits: (its object and key) or (its array and index).</summary>
    private static List<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode root)
    {
        var slots = new List<(JsonNode, string?, int)>();
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        slots.Add((o, key, -1));
                        if (value is not null)
                        {
                            pending.Push(value);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, null, i));
                        if (a[i] is { } item)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return slots;
    }

    /// <summary>Text-level JSON hostility: duplicate keys, lone surrogate escapes, truncation, comments, trailing commas.</summary>
    private static string JsonText(string json, Random random)
    {
        var lines = json.Split('\n').ToList();
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0 or 1:
                    // A duplicate key: the same member twice in its object.
                    var member = lines.FindIndex(i, l => l.TrimEnd().EndsWith(',') && l.TrimStart().StartsWith('"') && l.Contains("\": ", StringComparison.Ordinal) && !l.TrimEnd().EndsWith("{,", StringComparison.Ordinal));
                    if (member >= 0)
                    {
                        lines.Insert(member, lines[member]);
                    }

                    break;
                case 2 or 3:
                    // A lone surrogate escape in a key or a value.
                    var quote = lines[i].IndexOf('"');
                    if (quote >= 0)
                    {
                        var escape = random.Next(4) switch { 0 => "\\ud800", 1 => "\\udfff", 2 => "\\ud800\\u0041", _ => "\\udc00\\ud800" };
                        lines[i] = lines[i][..(quote + 1)] + escape + lines[i][(quote + 1)..];
                    }

                    break;
                case 4: lines[i] = lines[i].Length > 1 ? lines[i][..random.Next(lines[i].Length)] : lines[i]; break;
                case 5: lines.Insert(i, "// a comment"); break;
                case 6: lines[i] = lines[i].Replace("\": ", "\": ,", StringComparison.Ordinal); break;
                case 7: lines[i] = lines[i].Replace("\"", "\\u0022", StringComparison.Ordinal); break;
                default: lines.RemoveRange(i, Math.Min(random.Next(1, 40), lines.Count - i)); break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The nodes the tools read, each given a type OpenAPI does not allow there.</summary>
    private static string WrongTypes(JsonObject tree, Random random)
    {
        var copy = tree.DeepClone().AsObject();
        var targets = new List<Action<JsonNode?>>();
        var paths = copy["paths"]!.AsObject();
        foreach (var (template, item) in paths.ToList())
        {
            var pathItem = item!.AsObject();
            targets.Add(v => paths[template] = v);
            foreach (var (_, opNode) in pathItem.ToList())
            {
                if (opNode is not JsonObject op)
                {
                    continue;
                }

                targets.Add(v => op["operationId"] = v);
                targets.Add(v => op["parameters"] = v);
                targets.Add(v => op["responses"] = v);
                targets.Add(v => op["security"] = v);
                targets.Add(v => op["deprecated"] = v);
                foreach (var p in op["parameters"] as JsonArray ?? [])
                {
                    if (p is JsonObject parameter)
                    {
                        targets.Add(v => parameter["required"] = v);
                        targets.Add(v => parameter["schema"] = v);
                        targets.Add(v => parameter["name"] = v);
                        targets.Add(v => parameter["$ref"] = v);
                    }
                }

                foreach (var (_, response) in op["responses"] as JsonObject ?? [])
                {
                    if (response is JsonObject r)
                    {
                        targets.Add(v => r["content"] = v);
                        targets.Add(v => r["headers"] = v);
                        targets.Add(v => r["$ref"] = v);
                        foreach (var (type, _) in r["content"] as JsonObject ?? [])
                        {
                            targets.Add(v => r["content"]![type] = v);
                        }
                    }
                }
            }
        }

        if (copy["components"] is JsonObject components)
        {
            targets.Add(v => copy["components"] = v);
            foreach (var (kind, map) in components.ToList())
            {
                targets.Add(v => components[kind] = v);
                foreach (var (name, entry) in map as JsonObject ?? [])
                {
                    targets.Add(v => components[kind]![name] = v);
                    if (entry is JsonObject e)
                    {
                        foreach (var key in new[] { "flows", "type", "properties", "items", "allOf", "oneOf", "required", "enum", "nullable", "pattern", "format", "maximum", "schema", "content", "headers", "discriminator", "additionalProperties", "$ref" })
                        {
                            targets.Add(v => e[key] = v);
                        }

                        foreach (var (property, _) in e["properties"] as JsonObject ?? [])
                        {
                            targets.Add(v => e["properties"]![property] = v);
                        }
                    }
                }
            }
        }

        targets.Add(v => copy["paths"] = v);
        targets.Add(v => copy["security"] = v);
        targets.Add(v => copy["info"] = v);
        targets[random.Next(targets.Count)](Values[random.Next(Values.Length)]());
        return copy.ToJsonString(Indented);
    }

    // ---- focused families ---------------------------------------------------------------------------------------

    private static readonly string[] HostilePatterns =
    [
        "[", "(", "a{2,1}", "\\", "(?<n>a)\\k<x>", "*a", "a**", "(?", "[z-a]", "\\p{NoSuchCategory}", "(?<=a+)b", "\\1(a)",
        "^(a+)+$", "^(a|a)*$", "^(a|aa)+$", "(x+x+)+y", "^(\\w+\\s?)*$", "^(a+)\\1$", "^(?=a)(a+)+$", "^(?!b)(a|a)*$", "^([a-z]+)*@\\1$",
        "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$", "^.*$", "", "^$", "\\d{1000000}", "(((((((((a)))))))))", "a{0,65535}{0,65535}",
    ];

    /// <summary>Spec patterns that are invalid or backtrack catastrophically, against pact values built to trigger them.</summary>
    private FuzzCase Patterns(string family, int i, Fragment fragment, Random random)
    {
        var pattern = HostilePatterns[random.Next(HostilePatterns.Length)];
        var spec = fragment.Tree.DeepClone().AsObject();
        var strings = Slots(spec).Where(s => s.Key == "type" && s.Parent[s.Key] is JsonValue v && v.ToString() == "string").Select(s => s.Parent.AsObject()).ToList();
        foreach (var schema in strings.Where(_ => random.Next(3) == 0).DefaultIfEmpty(strings[0]))
        {
            schema["pattern"] = pattern;
        }

        var pact = fragment.Pact.DeepClone().AsObject();
        var values = Slots(pact).Where(s => s.Parent is JsonObject o && o[s.Key!] is JsonValue v && v.TryGetValue<string>(out _) && s.Key is not ("method" or "path" or "description" or "name")).ToList();
        for (var n = random.Next(1, 4); n > 0 && values.Count > 0; n--)
        {
            var (parent, key, _) = values[random.Next(values.Count)];
            parent[key!] = new string('a', random.Next(20, 40)) + (random.Next(2) == 0 ? "!" : "@a");
        }

        var specPath = Write(i, ".json", spec.ToJsonString(Indented));
        var pactPath = Write(i, ".pact.json", pact.ToJsonString(Indented));
        return new FuzzCase(family, i, ["verify-pact", pactPath, "--spec", specPath], specPath);
    }

    private static readonly string[] VersionValues =
    [
        "4.0.0", "''", "3", "3.1", "2.0", "'3.0'", "3.1.0-rc1", "'3.0.1 '", "~", "[]", "{}", "'3.0.1.5'", "'3.10.0'", "'03.0.1'", "true",
        "'" + new string('3', 5000) + "'", "'３.0.1'", "3.0.1", "3.1.0", "3.2.0",
    ];

    private static string Versions(string yaml, Random random)
    {
        var value = VersionValues[random.Next(VersionValues.Length)];
        var lines = yaml.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0: lines.RemoveAt(0); break;
            case 1: lines[0] = "swagger: '2.0'"; break;
            case 2: lines.Insert(1, "swagger: " + value); break;
            default: lines[0] = "openapi: " + value; break;
        }

        return string.Join('\n', lines);
    }

    private static readonly string[] RefTargets =
    [
        "'#foo'", "'#'", "'#/'", "'#/components/schemas/Nope'", "'#/paths'", "'#/components/schemas/OrganizationInvitation/properties/roles'",
        "'other.yaml#/components/schemas/A'", "'http://example.com/s.yaml#/x'", "'file:///etc/passwd'", "'#/components/schemas/~2'",
        "'#/components/schemas/%zz'", "''", "5", "[]", "{}", "~", "'#/components/parameters/orgId/schema/$ref'", "'#/info/title'",
        "'#/components/schemas/OrganizationInvitation/allOf/7'", "'#//'", "'#/components/schemas/a~1b'", "'../../../etc/passwd'",
        "'#/components/schemas/" + new string('x', 3000) + "'", "'urn:x'", "'#/components/responses/badRequest'", "'#/components/headers/HeaderRateLimitLimit'",
    ];

    /// <summary>$ref abuse: non-pointers, dangling targets, other documents, self and mutual cycles, wrong kinds of target.</summary>
    private static string Refs(string yaml, Random random)
    {
        var lines = yaml.Split('\n').ToList();
        var refs = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains("$ref: ", StringComparison.Ordinal)).Select(p => p.i).ToList();
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var i = refs[random.Next(refs.Count)];
            var at = lines[i].IndexOf("$ref: ", StringComparison.Ordinal) + 6;
            if (random.Next(4) == 0)
            {
                // A cycle: the ref points back at a component that contains it (or at one that does).
                var owner = lines.Take(i).LastOrDefault(l => l.StartsWith("    ", StringComparison.Ordinal) && !l.StartsWith("     ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(':'))?.Trim().TrimEnd(':');
                var kind = lines.Take(i).LastOrDefault(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(':'))?.Trim().TrimEnd(':');
                lines[i] = lines[i][..at] + $"'#/components/{kind}/{owner}'";
            }
            else
            {
                lines[i] = lines[i][..at] + RefTargets[random.Next(RefTargets.Length)];
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Byte-level hostility: byte-order marks, NUL, invalid and truncated UTF-8, encoded surrogates, line ends.</summary>
    private FuzzCase Encodings(string family, int i, Fragment fragment, Random random)
    {
        var pact = random.Next(3) == 0;
        var bytes = Encoding.UTF8.GetBytes(pact ? fragment.Pact.ToJsonString(Indented) : random.Next(2) == 0 ? fragment.Yaml : fragment.Tree.ToJsonString(Indented)).ToList();
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(9))
            {
                case 0: bytes.InsertRange(0, random.Next(3) switch { 0 => [0xEF, 0xBB, 0xBF], 1 => [0xFF, 0xFE], _ => [0xFE, 0xFF] }); break;
                case 1: bytes[at] = 0x00; break;
                case 2: bytes[at] = 0xFF; break;
                case 3: bytes.InsertRange(at, [0xC3]); break;
                case 4: bytes.InsertRange(at, [0xED, 0xA0, 0x80]); break;
                case 5: bytes.RemoveRange(at, bytes.Count - at); break;
                case 6: bytes = [.. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString([.. bytes]).Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal))]; break;
                case 7: bytes.InsertRange(at, [0xF4, 0x90, 0x80, 0x80]); break;
                default: bytes.InsertRange(at, Encoding.Unicode.GetBytes("é")); break;
            }
        }

        var path = Path.Combine(_work, $"case-{i % 8}{(pact ? ".pact.json" : ".spec")}");
        File.WriteAllBytes(path, [.. bytes]);
        return pact ? PactCase(family, i, fragment, path, random) : SpecCase(family, i, fragment, path, random);
    }

    /// <summary>Argument vectors from a hostile vocabulary: options without values, unknown ones, odd paths, devices, folders.</summary>
    private FuzzCase CliArgs(string family, int i, Fragment fragment, Random random)
    {
        var link = Path.Combine(_work, "link-to-dev-null");
        if (!File.Exists(link) && File.Exists("/dev/null"))
        {
            File.CreateSymbolicLink(link, "/dev/null");
        }

        var file = Path.Combine(_work, "not-a-folder.txt");
        File.WriteAllText(file, "x");
        string[] paths =
        [
            fragment.Spec, fragment.PactPath, Path.Combine(_work, "missing.yaml"), _work, "", "/", "-", "/dev/null", "a\0b", new string('p', 5000),
            file, Path.Combine(file, "below-a-file.yaml"), "~", "*", "--", "-x", "%s%n", "\u202e.yaml", "C:\\spec.yaml", "file:///etc/passwd",
        ];
        string[] outputs = [Path.Combine(_work, $"out-{i % 4}.txt"), _work, "", "/", "-", "/dev/null", link, Path.Combine(_work, "new", "dir", "out.txt"), Path.Combine(file, "x")];
        if (random.Next(40) == 0)
        {
            paths = [.. paths, "/dev/zero", "/dev/urandom"];
        }

        string P() => paths[random.Next(paths.Length)];
        string[] commands = ["diff", "compat", "slice", "validate", "verify-pact", "gate", "help", "--help", "-h", "", "DIFF", "frobnicate"];
        string[] options = ["--format", "--output", "--fail-on", "--config", "--operation", "--old-operation", "--new-operation", "--status", "--spec", "--baseline", "--baseline-ref", "--colour", "--", "--=", "--format=", "--output=", "-o"];
        var args = new List<string> { commands[random.Next(commands.Length)] };
        for (var n = random.Next(0, 6); n > 0; n--)
        {
            if (random.Next(2) == 0)
            {
                args.Add(P());
                continue;
            }

            var option = options[random.Next(options.Length)];
            args.Add(option);
            if (random.Next(6) == 0)
            {
                continue; // an option without its value (possibly last)
            }

            args.Add(option switch
            {
                "--output" => outputs[random.Next(outputs.Length)],
                "--format" => new[] { "json", "text", "markdown", "md", "junit", "xml", "", "JSON" }[random.Next(8)],
                "--fail-on" => new[] { "ERR", "WARN", "INFO", "err", "", "FATAL" }[random.Next(6)],
                "--status" => new[] { "200", "2XX", "999", "", "default", "-1", "abc" }[random.Next(7)],
                "--operation" or "--old-operation" or "--new-operation" => new[] { fragment.Operation, "", "nope", "listOrgInvites", "getOrgInvites" }[random.Next(5)],
                "--spec" or "--config" or "--baseline" => P(),
                _ => P(),
            });
        }

        if (args[0] == "gate")
        {
            // Never the repository's own gate (it would regenerate the client): an empty root in the work folder.
            var root = Path.Combine(_work, "gate-root");
            Directory.CreateDirectory(root);
            args.AddRange(["--skip-codegen-check", "--root", root, "--report-dir", Path.Combine(_work, "gate-report")]);
        }

        return new FuzzCase(family, i, [.. args], null);
    }

    /// <summary>allOf cycles through three or more components, and response headers that differ only by case.</summary>
    private static string Cycles(string yaml, Random random)
    {
        var branches = random.Next(3, 6);
        var schemas = new StringBuilder();
        for (var b = 0; b < branches; b++)
        {
            schemas.Append($"    Cycle{b}:\n      allOf:\n");
            for (var k = 1; k <= random.Next(2, branches + 1); k++)
            {
                schemas.Append($"      - $ref: '#/components/schemas/Cycle{(b + k) % branches}'\n");
            }

            schemas.Append($"      - type: object\n        properties:\n          p{b}:\n            type: string\n");
        }

        var text = yaml.Replace("  schemas:\n", "  schemas:\n" + schemas, StringComparison.Ordinal);
        text = text.Replace("$ref: '#/components/schemas/OrganizationInvitation'", "$ref: '#/components/schemas/Cycle0'", StringComparison.Ordinal);
        if (random.Next(2) == 0)
        {
            text = text.Replace("          headers:\n", "          headers:\n            X-Case:\n              schema:\n                type: string\n            x-case:\n              schema:\n                type: integer\n", StringComparison.Ordinal);
        }

        return text;
    }

    private string Write(int i, string extension, string content)
    {
        var path = Path.Combine(_work, $"case-{i % 8}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    private sealed class Fragment(string spec, string pactPath, string operation)
    {
        public string Spec { get; } = spec;

        public string PactPath { get; } = pactPath;

        public string Operation { get; } = operation;

        public string Yaml { get; } = File.ReadAllText(spec);

        public JsonObject Tree { get; } = SpecLoader.Load(spec).Root;

        public JsonObject Pact { get; } = JsonNode.Parse(File.ReadAllText(pactPath))!.AsObject();
    }
}
