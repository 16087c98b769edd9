using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Users;

/// <summary>The obsolete hand-written walk now forwards to the generated pageable (its walk is tested in Paging/).</summary>
public class OrgUsersPagingTests
{
    private static AtlasOrgUsersClient Client(LoopbackServer server) => new(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });

    [Test]
    public async Task ListAllOrgUsersAsync_Query_ForwardsSizeFiltersAndIncludeCountToThePageable()
    {
        using var server = OrgUsersTestServer.Serving(total: 3);
        var query = new OrgUsersQuery { PageSize = 2, Username = "a+b@example.com" };
        query.Statuses.Add(OrgMembershipStatus.Pending);
        query.Statuses.Add(OrgMembershipStatus.InvitationExpired);

        var users = new List<OrgUserResponse>();
        await foreach (var user in Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, query))
        {
            users.Add(user);
        }

        Assert.That(users, Has.Count.EqualTo(3));
        Assert.That(server.Requests.Select(r => r.Query), Is.EqualTo(new[]
        {
            "includeCount=true&itemsPerPage=2&pageNum=1&username=a%2Bb%40example.com&orgMembershipStatuses=PENDING&orgMembershipStatuses=INVITATION_EXPIRED",
            "includeCount=true&itemsPerPage=2&pageNum=2&username=a%2Bb%40example.com&orgMembershipStatuses=PENDING&orgMembershipStatuses=INVITATION_EXPIRED",
        }));
    }

    [Test]
    public async Task ListAllOrgUsersAsync_MaxPages_ForwardedAsThePageCap()
    {
        using var server = new LoopbackServer(_ => new CannedResponse(200, OrgUsersTestServer.Page([1, 2], totalCount: null), OrgUsersTestServer.MediaType));

        var walk = Client(server).ListAllOrgUsersAsync(Fixtures.OrgId, new OrgUsersQuery { PageSize = 2, MaxPages = 3 });
        var ex = await Assert.ThrowsAsync<AtlasContract.Client.Paging.AtlasPagingLimitException>(async () => { await foreach (var _ in walk) { } });

        Assert.That(ex!.Pages, Is.EqualTo(3));
    }

    [TestCase(0)]
    [TestCase(501)]
    public void PageSize_OutsideAtlasLimits_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OrgUsersQuery { PageSize = size });
}
