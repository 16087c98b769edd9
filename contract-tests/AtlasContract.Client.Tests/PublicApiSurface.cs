using System.Reflection;

namespace AtlasContract.Client.Tests;

/// <summary>
/// A stable, sorted, one-line-per-member description of what a consumer can compile against: public and protected
/// members (the hooks the generated code calls in its base class are protected), type modifiers (abstract, sealed,
/// static), member modifiers (static, abstract, virtual, override, sealed), accessor visibility, nullability of
/// every reference type (through generic arguments and arrays; not on generic parameters, which reflection cannot
/// tell apart), default values and [Obsolete] messages.
/// </summary>
internal static class PublicApiSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Describe(Assembly assembly) =>
        assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(DescribeType).ToList();

    private static IEnumerable<string> DescribeType(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? (type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new[] { type.BaseType }.Where(b => b is not null && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate)).Select(b => Name(b!, null))
            .Concat(type.GetInterfaces().Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        yield return $"{Obsolete(type)}{kind} {Name(type, null)}{(bases.Any() ? " : " + string.Join(", ", bases) : string.Empty)}";
        foreach (var member in type.GetMembers(Declared).Where(m => Visible(m, type)).Select(m => Member(m, nullability)).Where(m => m is not null).Order(StringComparer.Ordinal))
        {
            yield return "  " + member;
        }
    }

    /// <summary>Public, or protected (protected internal) in a type a consumer can derive from.</summary>
    private static bool Visible(MemberInfo member, Type type) => member switch
    {
        MethodBase m => Access(m) is not null && (m.IsPublic || !type.IsSealed),
        FieldInfo f => f.IsPublic || ((f.IsFamily || f.IsFamilyOrAssembly) && !type.IsSealed),
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => Visible(a, type)),
        EventInfo e => e.AddMethod is { } add && Visible(add, type),
        _ => false,
    };

    private static string? Access(MethodBase m) => m.IsPublic ? string.Empty : m.IsFamily || m.IsFamilyOrAssembly ? "protected " : null;

    private static string? Member(MemberInfo member, NullabilityInfoContext n) => member switch
    {
        ConstructorInfo c => $"{Obsolete(c)}{Access(c)}ctor({Parameters(c, n)})",
        MethodInfo m when m.Name.StartsWith("op_", StringComparison.Ordinal) => $"operator {Name(m.ReturnType, n.Create(m.ReturnParameter))} {m.Name}({Parameters(m, n)})",
        MethodInfo m when !m.IsSpecialName => $"{Obsolete(m)}{Access(m)}{Modifiers(m)}{Name(m.ReturnType, n.Create(m.ReturnParameter))} {m.Name}{GenericArguments(m)}({Parameters(m, n)})",
        PropertyInfo p => $"{Obsolete(p)}{Modifiers(p.GetAccessors(nonPublic: true).First())}{Name(p.PropertyType, n.Create(p))} {p.Name}{Indexer(p, n)} {{ {Accessor(p.GetMethod, "get")}{Accessor(p.SetMethod, "set")}}}",
        FieldInfo f => $"{Obsolete(f)}{(f.IsFamily || f.IsFamilyOrAssembly ? "protected " : string.Empty)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType, n.Create(f))} {f.Name}",
        EventInfo e => $"{Obsolete(e)}{Modifiers(e.AddMethod!)}event {Name(e.EventHandlerType!, n.Create(e))} {e.Name}",
        _ => null,
    };

    private static string Modifiers(MethodInfo m)
    {
        var isOverride = m.IsVirtual && m.GetBaseDefinition().DeclaringType != m.DeclaringType;
        var inheritance = m.DeclaringType!.IsInterface ? string.Empty
            : m.IsAbstract ? "abstract "
            : isOverride ? (m.IsFinal ? "sealed override " : "override ")
            : m.IsVirtual && !m.IsFinal ? "virtual "
            : string.Empty;
        return (m.IsStatic ? "static " : string.Empty) + inheritance;
    }

    private static string Accessor(MethodInfo? accessor, string name) =>
        accessor is null || Access(accessor) is not { } access ? string.Empty : $"{access}{name}; ";

    private static string Indexer(PropertyInfo p, NullabilityInfoContext n) =>
        p.GetIndexParameters() is { Length: > 0 } parameters ? "[" + string.Join(", ", parameters.Select(x => $"{Name(x.ParameterType, n.Create(x))} {x.Name}")) + "]" : string.Empty;

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase method, NullabilityInfoContext n) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, n.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Obsolete(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == typeof(ObsoleteAttribute).FullName) is { } o
            ? $"[Obsolete(\"{o.ConstructorArguments.FirstOrDefault().Value}\")] "
            : string.Empty;

    /// <summary>The type's name; with <paramref name="nullability"/>, a trailing '?' on every nullable reference type.</summary>
    private static string Name(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var mark = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsGenericParameter)
        {
            // Reflection reports an unconstrained T as nullable whether or not it was written T?: no mark.
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + mark;
        }

        var name = type.IsNested ? Name(type.DeclaringType!, null) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name + mark;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var arguments = type.GetGenericArguments().Select((a, i) => Name(a, nullability is { GenericTypeArguments.Length: > 0 } info && i < info.GenericTypeArguments.Length ? info.GenericTypeArguments[i] : null));
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", arguments) + ">" + mark;
    }
}
