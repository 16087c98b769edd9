using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Users;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Users;

public class OrgUsersPagingTests
{
    private static AtlasOrgUsersClient Client(LoopbackServer server) => new(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

    private static async Task<List<OrgUserResponse>> All(IAsyncEnumerable<OrgUserResponse> users, CancellationToken cancellationToken = default)
    {
        var list = new List<OrgUserResponse>();
        await foreach (var user in users.WithCancellation(cancellationToken))
        {
            list.Add(user);
        }

        return list;
    }

    [Test]
    public async Task ListAllOrgUsersAsync_ShortLastPageWithoutTotalCount_StopsAfterIt()
    {
        using var server = OrgUsersTestServer.Serving(total: 7, withCount: false);

        var users = await All(Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, new OrgUsersQuery { PageSize = 3 }));

        Assert.That(users.Select(u => u.Username), Is.EqualTo(Enumerable.Range(1, 7).Select(n => $"user{n}@example.com")));
        Assert.That(server.Requests.Select(OrgUsersTestServer.PageNum), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task ListAllOrgUsersAsync_FullLastPageWithTotalCount_StopsWithoutAnExtraRequest()
    {
        using var server = OrgUsersTestServer.Serving(total: 6);

        var users = await All(Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, new OrgUsersQuery { PageSize = 3 }));

        Assert.That(users, Has.Count.EqualTo(6));
        Assert.That(server.Requests.Select(OrgUsersTestServer.PageNum), Is.EqualTo(new[] { 1, 2 }), "totalCount 6 is reached on page 2");
    }

    [Test]
    public async Task ListAllOrgUsersAsync_FullLastPageWithoutTotalCount_StopsOnTheEmptyPage()
    {
        using var server = OrgUsersTestServer.Serving(total: 6, withCount: false);

        var users = await All(Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, new OrgUsersQuery { PageSize = 3 }));

        Assert.That(users, Has.Count.EqualTo(6));
        Assert.That(server.Requests.Select(OrgUsersTestServer.PageNum), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public async Task ListAllOrgUsersAsync_EachPage_SendsSizeCountPageAndRepeatedStatuses()
    {
        using var server = OrgUsersTestServer.Serving(total: 2);
        var query = new OrgUsersQuery { PageSize = 2, Username = "a+b@example.com" };
        query.Statuses.Add(OrgMembershipStatus.Pending);
        query.Statuses.Add(OrgMembershipStatus.InvitationExpired);

        await All(Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, query));

        var request = server.Single;
        Assert.That(request.Path, Is.EqualTo($"/api/atlas/v2/orgs/{Fixtures.OrgId}/users"));
        Assert.That(request.Query, Is.EqualTo("includeCount=true&itemsPerPage=2&pageNum=1&username=a%2Bb%40example.com&orgMembershipStatuses=PENDING&orgMembershipStatuses=INVITATION_EXPIRED"));
        Assert.That(request.Headers["Accept"], Is.EqualTo(OrgUsersTestServer.MediaType));
    }

    [Test]
    public async Task ListAllOrgUsersAsync_ServerThatNeverEnds_StopsAtMaxPages()
    {
        using var server = new LoopbackServer(_ => new CannedResponse(200, OrgUsersTestServer.Page([1, 2], totalCount: null), OrgUsersTestServer.MediaType));

        var ex = await Assert.ThrowsAsync<AtlasPagingLimitException>(() => All(Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, new OrgUsersQuery { PageSize = 2, MaxPages = 4 })));

        Assert.That(ex!.Pages, Is.EqualTo(4));
        Assert.That(server.Requests, Has.Count.EqualTo(4));
        Assert.That(ex, Is.InstanceOf<AtlasException>());
        Assert.That(ex.Operation, Is.EqualTo("listOrgUsers"));
    }

    [Test]
    public async Task ListAllOrgUsersAsync_CancelledAfterTheFirstPage_RequestsNoMorePages()
    {
        using var server = OrgUsersTestServer.Serving(total: 9);
        using var cancel = new CancellationTokenSource();

        async Task Walk()
        {
            await foreach (var _ in Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, new OrgUsersQuery { PageSize = 3 }).WithCancellation(cancel.Token))
            {
                cancel.Cancel();
            }
        }

        await Assert.CatchAsync<OperationCanceledException>(Walk);
        Assert.That(server.Requests.Select(OrgUsersTestServer.PageNum), Is.EqualTo(new[] { 1 }));
    }

    [TestCase(0)]
    [TestCase(501)]
    public void PageSize_OutsideAtlasLimits_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OrgUsersQuery { PageSize = size });
}
