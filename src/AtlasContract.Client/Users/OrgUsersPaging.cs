#nullable enable
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace AtlasContract.Client.Users;

/// <summary>listOrgUsers over every page, as an <see cref="IAsyncEnumerable{T}"/>.</summary>
public static class OrgUsersPaging
{
    /// <summary>
    /// Requests page 1, 2, … (<c>itemsPerPage</c> = <see cref="OrgUsersQuery.PageSize"/>, <c>includeCount=true</c>)
    /// and yields each user as its page arrives. The walk ends after a page with fewer items than asked for, or
    /// once <c>totalCount</c> users have been served, or on an empty page; it stops with
    /// <see cref="AtlasPagingLimitException"/> after <see cref="OrgUsersQuery.MaxPages"/> pages. Cancellation is
    /// checked before every page (and passed to each request).
    /// </summary>
    public static async IAsyncEnumerable<OrgUserResponse> ListAllOrgUsersAsync(
        this IAtlasOrgUsersClient client,
        string orgId,
        OrgUsersQuery? query = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new OrgUsersQuery();
        var statuses = query.Statuses.Count > 0 ? query.Statuses.ToArray() : null;
        var served = 0;
        for (var pageNum = 1; ; pageNum++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pageNum > query.MaxPages)
            {
                throw new AtlasPagingLimitException("listOrgUsers", query.MaxPages);
            }

            var page = await client.ListOrgUsersAsync(orgId, includeCount: true, itemsPerPage: query.PageSize, pageNum: pageNum, username: query.Username, orgMembershipStatuses: statuses, cancellationToken: cancellationToken).ConfigureAwait(false);
            var results = page.Results ?? new List<OrgUserResponse>();
            foreach (var user in results)
            {
                yield return user;
            }

            served += results.Count;
            if (IsLastPage(results.Count, query.PageSize, page.TotalCount, served))
            {
                yield break;
            }
        }
    }

    /// <summary>The last page: fewer items than asked for (an empty page included), or <c>totalCount</c> reached.</summary>
    internal static bool IsLastPage(int count, int pageSize, int? totalCount, int served) =>
        count < pageSize || (totalCount is { } total && served >= total);
}
