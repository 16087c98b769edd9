using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasContract.Client;
using AtlasContract.Spec.Codegen;
using AtlasContract.Spec.Loading;
using AtlasContract.Tests.Shared;
using Newtonsoft.Json;

namespace AtlasContract.ContractTests.Generated;

/// <summary>
/// The generated types of every declared contract's model set (read from the manifest) tell the truth: a property is nullable
/// exactly when the spec lets it be absent or null, and a model no request can carry has read-only collections.
/// </summary>
public class GeneratedTypesTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static IEnumerable<TestCaseData> Contracts() =>
        RepoPaths.Manifest.Contracts.Where(c => c.Codegen is not null).Select(c => new TestCaseData(c.Name).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Contracts))]
    public void Models_EveryProperty_NullableExactlyWhenNotRequiredOrNullable(string contract)
    {
        var problems = new List<string>();
        var properties = Models(contract).SelectMany(t => JsonProperties(t)).ToList();
        foreach (var (property, json) in properties)
        {
            var mayBeMissing = json.Required is not Required.Always;
            if (mayBeMissing != IsNullable(property))
            {
                problems.Add($"{property.DeclaringType!.Name}.{property.Name}: Required.{json.Required} but {(mayBeMissing ? "not nullable" : "nullable")}");
            }
        }

        Assert.That(properties, Is.Not.Empty, "no generated property found");
        Assert.That(problems, Is.Empty);
    }

    [TestCaseSource(nameof(Contracts))]
    public void Models_NamedAfterASpecSchema_RequireWhatTheSchemaRequires(string contract)
    {
        var entry = RepoPaths.Manifest.Contract(contract);
        var schemas = SpecLoader.Load(entry.Fragment.Full).Root["components"]?["schemas"] as JsonObject ?? [];
        var renamed = entry.Codegen!.Transforms
            .SelectMany(t => JsonNode.Parse(File.ReadAllText(t.Full))?["renameSchemas"] as JsonObject ?? [])
            .DistinctBy(r => r.Value!.GetValue<string>()).ToDictionary(r => r.Value!.GetValue<string>(), r => r.Key);
        var compared = 0;
        var problems = new List<string>();
        foreach (var model in Models(contract))
        {
            if (schemas[renamed.GetValueOrDefault(model.Name, model.Name)] is not JsonObject schema || schema["properties"] is not JsonObject || schema.ContainsKey("allOf"))
            {
                continue;
            }

            compared++;
            var required = (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
            // NSwag states Required on every property it generates; the discriminator property the codegen declares
            // itself is nullable on purpose (it keeps a status the client does not know on the base type).
            foreach (var (property, json) in JsonProperties(model).Where(p => p.Property.CustomAttributes.Any(a => a.NamedArguments.Any(n => n.MemberName == "Required"))))
            {
                if (required.Contains(json.PropertyName!) == json.Required is Required.Default or Required.DisallowNull)
                {
                    problems.Add($"{model.Name}.{property.Name}: Required.{json.Required}, spec {(required.Contains(json.PropertyName!) ? "requires" : "does not require")} '{json.PropertyName}'");
                }
            }
        }

        Assert.That(compared, Is.GreaterThan(0), "no generated model is named after a schema of the fragment");
        Assert.That(problems, Is.Empty);
    }

    [TestCaseSource(nameof(Contracts))]
    public void Models_NoRequestCarriesThem_HaveReadOnlyCollections(string contract)
    {
        var models = Models(contract);
        var request = RequestModels(contract, models);
        var problems = new List<string>();
        foreach (var model in models)
        {
            foreach (var (property, _) in JsonProperties(model))
            {
                var mutable = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() is var d
                    && (d == typeof(ICollection<>) || d == typeof(IDictionary<,>));
                if (mutable != request.Contains(model) && IsCollection(property.PropertyType))
                {
                    problems.Add($"{model.Name}.{property.Name}: {(request.Contains(model) ? "a request model" : "only read from responses")} but {property.PropertyType.Name}");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    /// <summary>
    /// The namespaces the files of the contract's model set declare (read from them: its API surface's model file and
    /// every client file of the surface, whose requests decide which models are read-only).
    /// </summary>
    private static HashSet<string> Namespaces(string contract)
    {
        var surface = CodegenSurfaces.Of(RepoPaths.Manifest, RepoPaths.Manifest.Contract(contract));
        return surface.Contracts.Select(c => c.Codegen!.Output.Full).Append(surface.Models.Full)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^namespace ([\w.]+)", RegexOptions.Multiline)).Select(m => m.Groups[1].Value).ToHashSet();
    }

    /// <summary>The classes of the contract's model set that carry JSON properties.</summary>
    private static List<Type> Models(string contract)
    {
        var namespaces = Namespaces(contract);
        return typeof(AtlasClientBase).Assembly.GetTypes()
            .Where(t => t.IsClass && t.Namespace is { } ns && namespaces.Contains(ns) && JsonProperties(t).Any())
            .ToList();
    }

    private static IEnumerable<(PropertyInfo Property, JsonPropertyAttribute Json)> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(p => (p, p.GetCustomAttribute<JsonPropertyAttribute>()))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.p, p.Item2!));

    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : Nullability.Create(property).ReadState == NullabilityState.Nullable;

    private static bool IsCollection(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));

    /// <summary>The models a client method takes, closed over their properties' types, bases, subclasses and union variants (reflection, independent of the codegen's own analysis).</summary>
    private static HashSet<Type> RequestModels(string contract, List<Type> models)
    {
        var namespaces = Namespaces(contract);
        var parameters = typeof(AtlasClientBase).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Namespace is { } ns && namespaces.Contains(ns))
            .SelectMany(i => i.GetMethods()).SelectMany(m => m.GetParameters()).Select(p => p.ParameterType);
        var pending = new Stack<Type>(parameters);
        var request = new HashSet<Type>();
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType || type.IsArray)
            {
                foreach (var inner in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
                {
                    pending.Push(inner);
                }

                continue;
            }

            if (!models.Contains(type) || !request.Add(type))
            {
                continue;
            }

            var unionVariants = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "From").SelectMany(m => m.GetParameters()).Select(p => p.ParameterType);
            foreach (var related in JsonProperties(type).Select(p => p.Property.PropertyType).Concat(unionVariants)
                .Concat(models.Where(m => m.BaseType == type)).Append(type.BaseType!))
            {
                pending.Push(related);
            }
        }

        return request;
    }
}
