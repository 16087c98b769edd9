using AtlasContract.Client.Paging;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Tests.Paging;

/// <summary>The generated <c>ListOrgUsersPageable</c> (PageableEmitter's output) against a stand-in handler.</summary>
public class GeneratedPageableTests
{
    private static AtlasOrgUsersClient Client(PagingHandler handler) => new(new HttpClient(handler));

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    [Test]
    public async Task ListOrgUsersPageable_ThreePagesShortLast_EveryItemInOrderThenStops()
    {
        var handler = new PagingHandler(total: 7);

        var users = await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3 }));

        Assert.That(users.Select(u => u.Username), Is.EqualTo(Enumerable.Range(1, 7).Select(n => $"user{n}@example.com")));
        Assert.That(handler.Requests.Select(PagingHandler.PageNum), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(handler.Requests.Select(r => PagingHandler.Query(r, "itemsPerPage")), Is.All.EqualTo("3"));
    }

    [Test]
    public async Task AsPages_ThreePages_NumberedWithTheirValuesAndResponse()
    {
        var handler = new PagingHandler(total: 7);

        var pages = await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId).AsPages(pageSize: 3));

        Assert.That(pages.Select(p => p.PageNumber), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(pages.Select(p => p.Values.Count), Is.EqualTo(new[] { 3, 3, 1 }));
        Assert.That(pages.Select(p => p.Response.StatusCode), Is.All.EqualTo(200));
        Assert.That(pages[2].Values.Single().Username, Is.EqualTo("user7@example.com"));
    }

    [Test]
    public async Task ListOrgUsersPageable_IncludeCountAsked_SentOnEveryPageAndTotalReported()
    {
        var handler = new PagingHandler(total: 6);

        var pages = await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3, IncludeCount = true }).AsPages());

        Assert.That(handler.Requests.Select(r => PagingHandler.Query(r, "includeCount")), Is.EqualTo(new[] { "true", "true", "true" }), "two full pages, then the empty one that ends the walk");
        Assert.That(pages.Select(p => p.TotalCount), Is.EqualTo(new int?[] { 6, 6, 6 }));
    }

    [Test]
    public async Task ListOrgUsersPageable_IncludeCountNotAsked_SentFalseAndTotalNull()
    {
        var handler = new PagingHandler(total: 6, PagingHandler.Count.Always);

        var pages = await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3 }).AsPages());

        Assert.That(handler.Requests.Select(r => PagingHandler.Query(r, "includeCount")), Is.All.EqualTo("false"), "Atlas's default is true: not sending it would count anyway");
        Assert.That(pages.Select(p => p.TotalCount), Is.All.Null);
    }

    [Test]
    public async Task ListOrgUsersPageable_TotalCountUnderestimated_ServesEveryItem()
    {
        var handler = new PagingHandler(total: 7, PagingHandler.Count.Always) { ReportedTotal = 3 };

        var users = await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3, IncludeCount = true }));

        Assert.That(users, Has.Count.EqualTo(7), "totalCount is an estimate: only a short page ends the walk");
        Assert.That(handler.Requests.Select(PagingHandler.PageNum), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task ListOrgUsersPageable_FullLastPageWithoutTotalCount_StopsOnTheEmptyPage()
    {
        var handler = new PagingHandler(total: 6, PagingHandler.Count.Never);

        var users = await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3 }));

        Assert.That(users, Has.Count.EqualTo(6));
        Assert.That(handler.Requests.Select(PagingHandler.PageNum), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task ListOrgUsersPageable_OtherParameters_PassThroughOnEveryPage()
    {
        var handler = new PagingHandler(total: 3);

        await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, "a+b@example.com", [OrgMembershipStatus.Pending, OrgMembershipStatus.InvitationExpired], new AtlasPagingOptions { PageSize = 2 }));

        Assert.That(handler.Requests, Has.Count.EqualTo(2));
        Assert.That(handler.Requests.Select(r => r.AbsolutePath), Is.All.EqualTo($"/api/atlas/v2/orgs/{Fixtures.OrgId}/users"));
        Assert.That(handler.Requests.Select(r => r.Query), Is.EqualTo(new[]
        {
            "?includeCount=false&itemsPerPage=2&pageNum=1&username=a%2Bb%40example.com&orgMembershipStatuses=PENDING&orgMembershipStatuses=INVITATION_EXPIRED",
            "?includeCount=false&itemsPerPage=2&pageNum=2&username=a%2Bb%40example.com&orgMembershipStatuses=PENDING&orgMembershipStatuses=INVITATION_EXPIRED",
        }));
    }

    [Test]
    public async Task ListOrgUsersPageable_NoPageSize_SendsTheSpecDefault()
    {
        var handler = new PagingHandler(total: 1);

        await All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId));

        Assert.That(PagingHandler.Query(handler.Requests.Single(), "itemsPerPage"), Is.EqualTo("100"));
    }

    [Test]
    public async Task ListOrgUsersPageable_ServerThatNeverEnds_StopsAtMaxPages()
    {
        var handler = new PagingHandler(total: 0) { Endless = true };

        var ex = await Assert.ThrowsAsync<AtlasPagingLimitException>(() => All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 2, MaxPages = 4 })));

        Assert.That(ex!.Pages, Is.EqualTo(4));
        Assert.That(ex.Operation, Is.EqualTo("listOrgUsers"));
        Assert.That(handler.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task ListOrgUsersPageable_CancelledAfterTheFirstPage_RequestsNoMorePages()
    {
        var handler = new PagingHandler(total: 9);
        using var cancel = new CancellationTokenSource();

        async Task Walk()
        {
            await foreach (var _ in Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3 }).WithCancellation(cancel.Token))
            {
                cancel.Cancel();
            }
        }

        await Assert.CatchAsync<OperationCanceledException>(Walk);
        Assert.That(handler.Requests.Select(PagingHandler.PageNum), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task ListOrgUsersPageable_MethodTokenCancelledDuringARequest_CancelsThatRequest()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new PagingHandler(total: 9)
        {
            BeforeAnswer = async (page, token) =>
            {
                if (page == 2)
                {
                    cancel.Cancel();
                    await Task.Delay(Timeout.Infinite, token);
                }
            },
        };

        var walk = All(Client(handler).ListOrgUsersPageable(Fixtures.OrgId, paging: new AtlasPagingOptions { PageSize = 3 }, cancellationToken: cancel.Token));

        await Assert.CatchAsync<OperationCanceledException>(() => walk);
        Assert.That(handler.Requests.Select(PagingHandler.PageNum), Is.EqualTo(new[] { 1, 2 }));
    }

    [TestCase(0)]
    [TestCase(501)]
    public void AsPages_PageSizeOutsideTheSpecBounds_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Client(new PagingHandler(1)).ListOrgUsersPageable(Fixtures.OrgId).AsPages(size));
}
