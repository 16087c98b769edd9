using System.Security;
using System.Text;

namespace AtlasContract.Codegen;

/// <summary>
/// The C# the transform's <see cref="CodegenPlan"/> asks for, appended to NSwag's output in the same namespace:
/// extensible string types, the accessors of union holders and the discriminator property of generated
/// inheritance bases. Documented on every public member, so the client builds with warnings as errors.
/// </summary>
internal static class PlanEmitter
{
    private const string Generated = "[System.CodeDom.Compiler.GeneratedCode(\"AtlasContract.Codegen\", \"pinned\")]";

    public static string Emit(CodegenPlan plan, string ns)
    {
        if (plan.ExtensibleTypes.Count == 0 && plan.Unions.Count == 0 && plan.Discriminators.Count == 0)
        {
            return string.Empty;
        }

        var code = new StringBuilder();
        code.Append("\nnamespace ").Append(ns).Append("\n{\n");
        foreach (var type in plan.ExtensibleTypes)
        {
            ExtensibleString(code, type);
        }

        foreach (var union in plan.Unions)
        {
            Union(code, union);
        }

        foreach (var discriminator in plan.Discriminators)
        {
            Discriminator(code, discriminator);
        }

        return code.Append("}\n").ToString();
    }

    private static void ExtensibleString(StringBuilder code, ExtensibleType type)
    {
        var n = type.Name;
        var members = MemberNames(type);
        code.Append($$"""
                /// <summary>
                /// {{Doc(type.Description ?? n)}}
                /// An extensible string (the "expandable enum" pattern): the known values are static members; any other
                /// value Atlas sends is kept as it is, never rejected.
                /// </summary>
                [Newtonsoft.Json.JsonConverter(typeof({{n}}.Converter))]
                {{Generated}}
                public readonly partial struct {{n}} : System.IEquatable<{{n}}>
                {
                    private readonly string? _value;

                    /// <summary>Creates a value from its wire form.</summary>
                    /// <param name="value">The wire value.</param>
                    public {{n}}(string value) => _value = value ?? throw new System.ArgumentNullException(nameof(value));

            """);
        foreach (var (value, member) in members)
        {
            code.Append($$"""
                    /// <summary><c>{{Doc(value)}}</c>.</summary>
                    public static {{n}} {{member}} { get; } = new("{{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}}");

            """);
        }

        code.Append($$"""
                    /// <summary>The known values, in the order the spec lists them.</summary>
                    public static System.Collections.Generic.IReadOnlyList<{{n}}> Known { get; } = new[] { {{string.Join(", ", members.Select(m => m.Member))}} };

                    /// <summary>The wire value.</summary>
                    public string Value => _value ?? string.Empty;

                    /// <summary>Whether this is one of <see cref="Known"/>.</summary>
                    public bool IsKnown => System.Linq.Enumerable.Contains(Known, this);

                    /// <summary>Converts a wire value.</summary>
                    /// <param name="value">The wire value.</param>
                    public static implicit operator {{n}}(string value) => new(value);

                    /// <summary>Compares wire values (ordinal).</summary>
                    /// <param name="left">A value.</param>
                    /// <param name="right">Another value.</param>
                    public static bool operator ==({{n}} left, {{n}} right) => left.Equals(right);

                    /// <summary>Compares wire values (ordinal).</summary>
                    /// <param name="left">A value.</param>
                    /// <param name="right">Another value.</param>
                    public static bool operator !=({{n}} left, {{n}} right) => !left.Equals(right);

                    /// <inheritdoc />
                    public bool Equals({{n}} other) => string.Equals(Value, other.Value, System.StringComparison.Ordinal);

                    /// <inheritdoc />
                    public override bool Equals(object? obj) => obj is {{n}} other && Equals(other);

                    /// <inheritdoc />
                    public override int GetHashCode() => System.StringComparer.Ordinal.GetHashCode(Value);

                    /// <inheritdoc />
                    public override string ToString() => Value;

                    /// <summary>Reads and writes the value as a JSON string.</summary>
                    public sealed class Converter : Newtonsoft.Json.JsonConverter<{{n}}>
                    {
                        /// <inheritdoc />
                        public override {{n}} ReadJson(Newtonsoft.Json.JsonReader reader, System.Type objectType, {{n}} existingValue, bool hasExistingValue, Newtonsoft.Json.JsonSerializer serializer) =>
                            reader.TokenType == Newtonsoft.Json.JsonToken.String
                                ? new {{n}}((string)reader.Value!)
                                : throw new Newtonsoft.Json.JsonSerializationException($"Expected a string for {{n}} at '{reader.Path}', found {reader.TokenType}.");

                        /// <inheritdoc />
                        public override void WriteJson(Newtonsoft.Json.JsonWriter writer, {{n}} value, Newtonsoft.Json.JsonSerializer serializer) => writer.WriteValue(value.Value);
                    }
                }


            """);
    }

    private static void Union(StringBuilder code, UnionType union)
    {
        var n = union.Name;
        code.Append($$"""
                /// <summary>
                /// One of {{string.Join(", ", union.Variants.Select(v => $"<see cref=\"{v}\"/>"))}}: the spec names no discriminator,
                /// so this holds the whole JSON (declared properties, every other field in <c>AdditionalProperties</c>);
                /// read it as the variant you expect with <c>As…()</c>, build one with <c>From(…)</c>.
                /// </summary>
                public partial class {{n}}
                {

            """);
        foreach (var variant in union.Variants)
        {
            code.Append($$"""
                    /// <summary>This value read as <see cref="{{variant}}"/> (every field is kept; those the variant does not declare land in its <c>AdditionalProperties</c>).</summary>
                    /// <returns>The variant.</returns>
                    public {{variant}} As{{variant}}() => Newtonsoft.Json.Linq.JObject.FromObject(this).ToObject<{{variant}}>()!;

                    /// <summary>A <see cref="{{n}}"/> holding <paramref name="value"/>.</summary>
                    /// <param name="value">The variant.</param>
                    /// <returns>The union.</returns>
                    public static {{n}} From({{variant}} value) => Newtonsoft.Json.Linq.JObject.FromObject(value ?? throw new System.ArgumentNullException(nameof(value))).ToObject<{{n}}>()!;


            """);
        }

        code.Append("    }\n\n");
    }

    private static void Discriminator(StringBuilder code, DiscriminatorProperty d)
    {
        var property = Names.Pascal(d.JsonName);
        var type = d.TypeName == "string" ? "string?" : d.TypeName + "?";
        code.Append($$"""
                public partial class {{d.Base}}
                {
                    /// <summary>
                    /// The discriminator (<c>{{d.JsonName}}</c>) as read: it chose this object's subclass; a value this client does not
                    /// know yet is kept here on the base type. Written by the inheritance converter from the subclass.
                    /// </summary>
                    [Newtonsoft.Json.JsonProperty("{{d.JsonName}}", NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
                    public {{type}} {{property}} { get; set; }

                    /// <summary>Never written by the serializer: the inheritance converter writes the subclass's value.</summary>
                    /// <returns>False.</returns>
                    public bool ShouldSerialize{{property}}() => false;
                }


            """);
    }

    /// <summary>Value → member name: PascalCase, unique, never one of the struct's own members.</summary>
    private static List<(string Value, string Member)> MemberNames(ExtensibleType type)
    {
        var reserved = new HashSet<string>(StringComparer.Ordinal) { type.Name, "Value", "Known", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "Converter" };
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var result = new List<(string, string)>();
        foreach (var value in type.Values)
        {
            var member = Names.Pascal(value);
            if (reserved.Contains(member))
            {
                member += "Value";
            }

            var unique = member;
            for (var i = 2; !taken.Add(unique); i++)
            {
                unique = member + i;
            }

            result.Add((value, unique));
        }

        return result;
    }

    private static string Doc(string text) => SecurityElement.Escape(text.ReplaceLineEndings(" ").Trim());
}
