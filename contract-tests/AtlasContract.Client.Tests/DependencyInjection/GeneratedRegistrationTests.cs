using System.CodeDom.Compiler;
using System.Reflection;
using AtlasContract.Client.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace AtlasContract.Client.Tests.DependencyInjection;

/// <summary>Generated/AtlasClients.g.cs: every generated client is registered, whatever the manifest declares.</summary>
public class GeneratedRegistrationTests
{
    /// <summary>The generated client interfaces (one per manifest contract with codegen), found in the assembly, not listed here.</summary>
    private static IEnumerable<Type> GeneratedClientInterfaces() =>
        typeof(AtlasClientBase).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(AtlasClientBase).IsAssignableFrom(t) && t.GetCustomAttributes<GeneratedCodeAttribute>().Any())
            .Select(t => t.GetInterface("I" + t.Name)!);

    [Test]
    public void AddAtlasClients_EveryGeneratedClient_Resolves()
    {
        var services = new ServiceCollection();

        services.AddAtlasClients(o => o.BaseAddress = new Uri("http://127.0.0.1:9/"));

        using var provider = services.BuildServiceProvider();
        Assert.That(GeneratedClientInterfaces().ToList(), Is.Not.Empty.And.All.Not.Null);
        foreach (var client in GeneratedClientInterfaces())
        {
            Assert.That(provider.GetService(client), Is.Not.Null, client.FullName);
        }
    }

    [Test]
    public void AddAtlasClients_AfterAddAtlasInvitationsClient_RegistersEachClientOnce()
    {
        var services = new ServiceCollection();

        services.AddAtlasInvitationsClient(o => o.BaseAddress = new Uri("http://127.0.0.1:9/"));
        services.AddAtlasClients(o => o.BaseAddress = new Uri("http://127.0.0.1:9/"));

        foreach (var client in GeneratedClientInterfaces())
        {
            Assert.That(services.Count(d => d.ServiceType == client), Is.EqualTo(1), client.FullName + ": one handler chain, not two");
        }
    }

    [Test]
    public void PerClientMethod_EveryGeneratedClient_RegistersThatClientAlone()
    {
        foreach (var client in GeneratedClientInterfaces())
        {
            var methods = typeof(AtlasServiceCollectionExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Add" + client.Name[1..]).ToList();
            var unnamed = methods.SingleOrDefault(m => m.GetParameters().Length == 3);
            var named = methods.SingleOrDefault(m => m.GetParameters().Length == 4 && m.GetParameters()[1].ParameterType == typeof(string));
            Assert.That(unnamed, Is.Not.Null, "Add" + client.Name[1..] + "(configure, http)");
            Assert.That(named, Is.Not.Null, "Add" + client.Name[1..] + "(name, configure, http)");
            var services = new ServiceCollection();
            var other = new ServiceCollection();

            unnamed!.Invoke(null, [services, (Action<AtlasClientOptions>)(o => o.BaseAddress = new Uri("http://127.0.0.1:9/")), null]);
            named!.Invoke(null, [other, "other", (Action<AtlasClientOptions>)(o => o.BaseAddress = new Uri("http://127.0.0.1:9/")), null]);

            Assert.That(GeneratedClientInterfaces().Where(i => services.Any(d => d.ServiceType == i)), Is.EqualTo(new[] { client }));
            using var provider = other.BuildServiceProvider();
            var create = typeof(IAtlasClientFactory).GetMethod(nameof(IAtlasClientFactory.CreateClient))!.MakeGenericMethod(client);
            Assert.That(create.Invoke(provider.GetRequiredService<IAtlasClientFactory>(), ["other"]), Is.InstanceOf(client));
            Assert.That(GeneratedClientInterfaces().Where(i => other.Any(d => d.ServiceType == i)), Is.Empty, "a named client is not injected unnamed");
        }
    }
}
