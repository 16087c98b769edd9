using AtlasContract.Client.Paging;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Tests.Paging;

/// <summary>A consumer fakes a generated pageable in its own tests with the model factory: no HTTP, no internals.</summary>
public class AtlasModelFactoryPagingTests
{
    /// <summary>What a consumer writes: a plain fake of the generated interface whose pageable serves canned pages.</summary>
    private sealed class FakeUsers(AtlasPageable<OrgUserResponse> users) : IAtlasOrgUsersClient
    {
        public Task<AtlasResponse<PaginatedOrgUserView>> ListOrgUsersWithResponseAsync(string orgId, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, string? username = null, IEnumerable<OrgMembershipStatus>? orgMembershipStatuses = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<PaginatedOrgUserView> ListOrgUsersAsync(string orgId, bool? includeCount = null, int? itemsPerPage = null, int? pageNum = null, string? username = null, IEnumerable<OrgMembershipStatus>? orgMembershipStatuses = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public AtlasPageable<OrgUserResponse> ListOrgUsersPageable(string orgId, string? username = null, IEnumerable<OrgMembershipStatus>? orgMembershipStatuses = null, AtlasPagingOptions? paging = null, CancellationToken cancellationToken = default) => users;
    }

    /// <summary>A subclass double (the protected constructor), overriding only AsPages.</summary>
    private sealed class SubclassPageable(params AtlasPage<string>[] pages) : AtlasPageable<string>
    {
        public override async IAsyncEnumerable<AtlasPage<string>> AsPages(int? pageSize = null)
        {
            foreach (var page in pages)
            {
                await Task.Yield();
                yield return page;
            }
        }
    }

    private static OrgUserResponse User(string name) => new() { Username = name };

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    [Test]
    public async Task Pageable_TwoPagesFromAFake_ConsumerSeesEveryItemAndEachPage()
    {
        IAtlasOrgUsersClient client = new FakeUsers(AtlasModelFactory.Pageable(
            AtlasModelFactory.Page([User("a@example.com"), User("b@example.com")], pageNumber: 1, totalCount: 3),
            AtlasModelFactory.Page([User("c@example.com")], pageNumber: 2, totalCount: 3)));

        var users = await All(client.ListOrgUsersPageable(Fixtures.OrgId));
        var pages = await All(client.ListOrgUsersPageable(Fixtures.OrgId).AsPages());

        Assert.That(users.Select(u => u.Username), Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com" }));
        Assert.That(pages.Select(p => (p.PageNumber, p.Values.Count, p.TotalCount)), Is.EqualTo(new[] { (1, 2, (int?)3), (2, 1, (int?)3) }));
        Assert.That(pages.Select(p => p.Response.StatusCode), Is.All.EqualTo(200));
    }

    [Test]
    public async Task Pageable_ValuesAndPageSize_SplitIntoNumberedPages()
    {
        var pages = await All(AtlasModelFactory.Pageable(Enumerable.Range(1, 5), pageSize: 2).AsPages());

        Assert.That(pages.Select(p => p.PageNumber), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(pages.Select(p => p.Values), Is.EqualTo(new[] { new[] { 1, 2 }, new[] { 3, 4 }, new[] { 5 } }));
    }

    [Test]
    public async Task Pageable_NoValues_OneEmptyPage()
    {
        var pages = await All(AtlasModelFactory.Pageable(Array.Empty<int>()).AsPages());

        Assert.That(pages.Single().Values, Is.Empty);
    }

    [Test]
    public void Page_SourceChangedLater_ValuesCopiedAndReadOnly()
    {
        var source = new List<int> { 1 };
        var page = AtlasModelFactory.Page(source);
        source.Add(2);

        Assert.That(page.Values, Is.EqualTo(new[] { 1 }));
        Assert.Throws<NotSupportedException>(() => ((IList<int>)page.Values).Add(3));
    }

    [Test]
    public async Task AsPages_SubclassDouble_EnumeratesItsPages()
    {
        var pageable = new SubclassPageable(AtlasModelFactory.Page(["x", "y"]), AtlasModelFactory.Page(["z"], pageNumber: 2));

        Assert.That(await All(pageable), Is.EqualTo(new[] { "x", "y", "z" }));
    }
}
