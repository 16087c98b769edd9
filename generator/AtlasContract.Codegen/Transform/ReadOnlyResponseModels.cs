using System.Text.RegularExpressions;

namespace AtlasContract.Codegen;

/// <summary>
/// Models only ever read from responses get read-only collections: their <c>ICollection&lt;T&gt;</c> properties
/// become <c>IReadOnlyList&lt;T&gt;</c> and their <c>IDictionary&lt;K, V&gt;</c> ones <c>IReadOnlyDictionary&lt;K, V&gt;</c>
/// (<c>AdditionalProperties</c>, Newtonsoft's extension data, stays a dictionary). A model is a request model when a
/// client method takes it as a parameter, when a request model holds it in a property, when it is the base or a
/// subclass of one (a subclass can be sent where its base is declared), or a variant of a request union (built with
/// <c>From(variant)</c>): those keep settable collections. Decided
/// from the generated code itself, so inline schemas (named by NSwag) are judged like components.
/// </summary>
internal static partial class ReadOnlyResponseModels
{
    /// <summary>
    /// The models of <paramref name="code"/> with read-only collections unless a request can carry them; the clients that
    /// decide it are those in <paramref name="code"/> and in <paramref name="clients"/> (every client of the model set).
    /// </summary>
    public static string Apply(string code, string clients = "")
    {
        var all = code + "\n" + clients;
        var classes = ClassBlock().Matches(all).Select(m => (Name: m.Groups["name"].Value, Base: m.Groups["base"].Value.Trim(), Body: m.Groups["body"].Value)).ToList();
        var names = classes.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var request = RequestModels(all, classes, names);
        return ClassBlock().Replace(code, m => request.Contains(m.Groups["name"].Value) ? m.Value : CollectionProperty().Replace(m.Value, ReadOnly));
    }

    /// <summary>The classes a request can carry: method parameters, closed over properties, bases and subclasses.</summary>
    private static HashSet<string> RequestModels(string code, List<(string Name, string Base, string Body)> classes, HashSet<string> names)
    {
        var pending = new Stack<string>(InterfaceBlock().Matches(code)
            .SelectMany(i => Parameters().Matches(i.Groups["body"].Value))
            .SelectMany(p => TypeNames(p.Groups["params"].Value, names)));
        var request = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var name))
        {
            if (!request.Add(name))
            {
                continue;
            }

            foreach (var declaration in classes.Where(c => c.Name == name))
            {
                foreach (var used in TypeNames(declaration.Base, names).Concat(PropertyTypes(declaration.Body, names)))
                {
                    pending.Push(used);
                }
            }

            foreach (var subclass in classes.Where(c => TypeNames(c.Base, names).Contains(name)))
            {
                pending.Push(subclass.Name);
            }
        }

        return request;
    }

    private static IEnumerable<string> PropertyTypes(string body, HashSet<string> names) =>
        Property().Matches(body).Concat(UnionFactory().Matches(body)).SelectMany(p => TypeNames(p.Groups["type"].Value, names));

    private static IEnumerable<string> TypeNames(string text, HashSet<string> names) =>
        Identifier().Matches(text).Select(m => m.Value).Where(names.Contains);

    /// <summary>
    /// The property with read-only collection interfaces at every level, its initializer's type arguments included
    /// (<c>new Collection&lt;IDictionary&lt;…&gt;&gt;()</c> is no <c>IReadOnlyList&lt;IReadOnlyDictionary&lt;…&gt;&gt;</c>).
    /// </summary>
    private static string ReadOnly(Match property) =>
        property.Groups["lead"].Value + ReadOnlyInterfaces(property.Groups["type"].Value) + property.Groups["rest"].Value + ReadOnlyInterfaces(property.Groups["init"].Value);

    private static string ReadOnlyInterfaces(string text) =>
        text.Replace(".ICollection<", ".IReadOnlyList<", StringComparison.Ordinal).Replace(".IDictionary<", ".IReadOnlyDictionary<", StringComparison.Ordinal);

    /// <summary>A class NSwag or the plan emitted at namespace level (four spaces in, closed by the first brace back there).</summary>
    [GeneratedRegex(@"^    public (?:abstract )?partial class (?<name>\w+)(?:\s*:\s*(?<base>[^\n{]+))?\n    \{\n(?<body>.*?)\n    \}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ClassBlock();

    [GeneratedRegex(@"^    public partial interface (?<name>\w+)[^\n]*\n    \{\n(?<body>.*?)\n    \}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex InterfaceBlock();

    [GeneratedRegex(@"\w+Async\((?<params>[^)]*)\)")]
    private static partial Regex Parameters();

    [GeneratedRegex(@"^\s*public (?<type>[^\n=]+?) (?<name>\w+) \{ get; set; \}", RegexOptions.Multiline)]
    private static partial Regex Property();

    [GeneratedRegex(@"public static \w+ From\((?<type>[\w.]+) value\)")]
    private static partial Regex UnionFactory();

    [GeneratedRegex(@"^(?<lead>\s*public )(?<type>System\.Collections\.Generic\.(?:ICollection|IDictionary)<[^\n=]*?)(?<rest> \w+ \{ get; set; \})(?<init> = new [^\n;]*;)?", RegexOptions.Multiline)]
    private static partial Regex CollectionProperty();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();
}
