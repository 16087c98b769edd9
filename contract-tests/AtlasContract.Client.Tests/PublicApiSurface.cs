using System.Reflection;

namespace AtlasContract.Client.Tests;

/// <summary>A stable, sorted, one-line-per-member description of an assembly's public API.</summary>
internal static class PublicApiSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Describe(Assembly assembly) =>
        assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(DescribeType).ToList();

    private static IEnumerable<string> DescribeType(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
        var bases = new[] { type.BaseType }.Where(b => b is not null && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)).Select(b => Name(b!))
            .Concat(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        yield return $"{Obsolete(type)}{kind} {Name(type)}{(bases.Any() ? " : " + string.Join(", ", bases) : string.Empty)}";
        foreach (var member in type.GetMembers(Declared).Select(Member).Where(m => m is not null).Order(StringComparer.Ordinal))
        {
            yield return "  " + member;
        }
    }

    private static string? Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{Obsolete(c)}ctor({Parameters(c)})",
        MethodInfo m when !m.IsSpecialName => $"{Obsolete(m)}{(m.IsStatic ? "static " : string.Empty)}{(m.IsVirtual && !m.IsFinal ? "virtual " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        MethodInfo m when m.Name.StartsWith("op_", StringComparison.Ordinal) => $"operator {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{Obsolete(p)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Obsolete(MemberInfo member) =>
        member.GetCustomAttribute<ObsoleteAttribute>() is { } o ? $"[Obsolete(\"{o.Message}\")] " : string.Empty;

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
