using System.Reflection;

namespace AtlasContract.Client.Tests.Packaging;

/// <summary>
/// How a consumer writes a reflected type in C#: fully qualified (<c>global::</c>), generic arguments and
/// nullable annotations included, so that an override written with it matches the member it overrides under
/// <c>&lt;Nullable&gt;enable&lt;/Nullable&gt;</c> (a mismatch is CS8609/CS8765, an error with warnings as errors).
/// </summary>
internal static class CSharpTypeName
{
    private static readonly NullabilityInfoContext Context = new();

    public static string Of(ParameterInfo parameter) => Of(parameter.ParameterType, Context.Create(parameter));

    public static string Of(Type type, NullabilityInfo nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying, nullability.GenericTypeArguments.FirstOrDefault() ?? nullability) + "?";
        }

        var mark = !type.IsValueType && nullability.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Of(type.GetElementType()!, nullability.ElementType!) + "[]" + mark;
        }

        var name = "global::" + (type.IsNested ? Of(type.DeclaringType!, nullability).Replace("global::", string.Empty).TrimEnd('?') : type.Namespace) + "." + type.Name.Split('`')[0];
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments().Zip(nullability.GenericTypeArguments, Of);
            name += "<" + string.Join(", ", arguments) + ">";
        }

        return name + mark;
    }
}
