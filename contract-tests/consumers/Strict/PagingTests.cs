#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Users;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Consumer.Tests
{
    /// <summary>The users client, registered as a service registers it, paging through a stand-in for Atlas.</summary>
    public class PagingTests
    {
        [Test]
        public async Task ListAllOrgUsers_SevenUsersInPagesOfThree_ServesEachUserOnceInThreeRequests()
        {
            var atlas = new StandInAtlas(total: 7);
            var services = new ServiceCollection();
            services.AddAtlasOrgUsersClient(o => o.BaseAddress = new Uri("http://atlas.invalid/"), http => http.ConfigurePrimaryHttpMessageHandler(() => atlas));
            using var provider = services.BuildServiceProvider();
            var users = provider.GetRequiredService<IAtlasOrgUsersClient>();

            var names = new List<string>();
            await foreach (var user in users.ListAllOrgUsersAsync(Canned.Id, new OrgUsersQuery { PageSize = 3 }))
            {
                names.Add(user.Username);
            }

            Assert.That(names, Is.EqualTo(Enumerable.Range(1, 7).Select(n => $"user{n}@example.com")));
            Assert.That(atlas.Requests.Select(r => StandInAtlas.Query(r)["pageNum"]), Is.EqualTo(new[] { "1", "2", "3" }));
        }
    }
}
