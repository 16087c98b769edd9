#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Paging;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Consumer.Tests
{
    /// <summary>The users client, registered as a service registers it, paging through a stand-in for Atlas with its generated pageable.</summary>
    public class PagingTests
    {
        private ServiceProvider? _provider;

        [TearDown]
        public void Dispose() => _provider?.Dispose();

        private IAtlasOrgUsersClient Users(StandInAtlas atlas)
        {
            var services = new ServiceCollection();
            services.AddAtlasOrgUsersClient(o => o.BaseAddress = new Uri("http://atlas.invalid/"), http => http.ConfigurePrimaryHttpMessageHandler(() => atlas));
            _provider = services.BuildServiceProvider();
            return _provider.GetRequiredService<IAtlasOrgUsersClient>();
        }

        [Test]
        public async Task ListOrgUsersPageable_SevenUsersInPagesOfThree_ServesEachUserOnceInThreeRequestsAskingNoCount()
        {
            var atlas = new StandInAtlas(total: 7);
            var users = Users(atlas);

            var names = new List<string>();
            await foreach (var user in users.ListOrgUsersPageable(Canned.Id, paging: new AtlasPagingOptions { PageSize = 3 }))
            {
                names.Add(user.Username);
            }

            Assert.That(names, Is.EqualTo(Enumerable.Range(1, 7).Select(n => $"user{n}@example.com")));
            Assert.That(atlas.Requests.Select(r => StandInAtlas.Query(r)["pageNum"]), Is.EqualTo(new[] { "1", "2", "3" }));
            Assert.That(atlas.Requests.Select(r => StandInAtlas.Query(r)["includeCount"]), Is.All.EqualTo("false"));
        }

        [Test]
        public async Task AsPages_IncludeCountAsked_EachPageHasTheTotalAndItsNumber()
        {
            var atlas = new StandInAtlas(total: 5);
            var users = Users(atlas);

            var pages = new List<AtlasPage<OrgUserResponse>>();
            await foreach (var page in users.ListOrgUsersPageable(Canned.Id, paging: new AtlasPagingOptions { IncludeCount = true }).AsPages(pageSize: 2))
            {
                pages.Add(page);
            }

            Assert.That(pages.Select(p => p.PageNumber), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(pages.Select(p => p.Values.Count), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(pages.Select(p => p.TotalCount), Is.All.EqualTo(5));
            Assert.That(pages[0].Response.StatusCode, Is.EqualTo(200));
        }
    }
}
