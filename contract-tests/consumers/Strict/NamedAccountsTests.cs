#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Consumer.Tests
{
    /// <summary>Two Atlas accounts of one service, bound from configuration (secrets by reference), each paging its own stand-in.</summary>
    public class NamedAccountsTests
    {
        [Test]
        public async Task AddAtlasClients_TwoAccountsBoundFromConfiguration_EachPagesItsOwnAtlas()
        {
            var billing = new StandInAtlas(total: 2);
            var support = new StandInAtlas(total: 3);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Atlas:billing:BaseAddress"] = "http://billing.atlas.invalid/",
                ["Atlas:billing:ApiKey:PublicKey"] = "billing-public",
                ["Atlas:billing:ApiKey:PrivateKeyFrom"] = "Secrets:Billing",
                ["Atlas:support:BaseAddress"] = "http://support.atlas.invalid/",
                ["Atlas:support:ApiKey:PublicKey"] = "support-public",
                ["Atlas:support:ApiKey:PrivateKeyFrom"] = "Secrets:Support",
                ["Secrets:Billing"] = "billing-private",
                ["Secrets:Support"] = "support-private",
            }).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
            services.AddAtlasClients("billing", configuration.GetSection("Atlas:billing"), http => http.ConfigurePrimaryHttpMessageHandler(() => billing));
            services.AddAtlasClients("support", configuration.GetSection("Atlas:support"), http => http.ConfigurePrimaryHttpMessageHandler(() => support));
            using var provider = services.BuildServiceProvider(validateScopes: true);
            var factory = provider.GetRequiredService<IAtlasClientFactory>();

            var billingUsers = await Usernames(factory.CreateClient<IAtlasOrgUsersClient>("billing"));
            var supportUsers = await Usernames(factory.CreateClient<IAtlasOrgUsersClient>("support"));

            Assert.That((billingUsers.Count, supportUsers.Count), Is.EqualTo((2, 3)));
            Assert.That(billing.Requests.Select(r => r.Host), Is.All.EqualTo("billing.atlas.invalid"));
            Assert.That(support.Requests.Select(r => r.Host), Is.All.EqualTo("support.atlas.invalid"));
        }

        private static async Task<List<string>> Usernames(IAtlasOrgUsersClient users)
        {
            var names = new List<string>();
            await foreach (var user in users.ListOrgUsersPageable(Canned.Id))
            {
                names.Add(user.Username);
            }

            return names;
        }
    }
}
