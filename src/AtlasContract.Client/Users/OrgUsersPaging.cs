#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AtlasContract.Client.Paging;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Users;

/// <summary>listOrgUsers over every page: superseded by the generated <see cref="IAtlasOrgUsersClient.ListOrgUsersPageable"/>.</summary>
public static class OrgUsersPaging
{
    /// <summary>
    /// Forwards to <see cref="IAtlasOrgUsersClient.ListOrgUsersPageable"/> with <see cref="OrgUsersQuery.PageSize"/>,
    /// <see cref="OrgUsersQuery.MaxPages"/> and, as this method always did, <c>includeCount=true</c>; the filters
    /// pass through. Kept so code written against it still builds; the pageable adds page-at-a-time access.
    /// </summary>
    /// <param name="client">The listOrgUsers client.</param>
    /// <param name="orgId">The organization.</param>
    /// <param name="query">Filters, page size and page cap (default: every ACTIVE and PENDING user).</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>Every user of every page.</returns>
    [Obsolete("Use client.ListOrgUsersPageable(orgId, username, orgMembershipStatuses, new AtlasPagingOptions { PageSize = …, MaxPages = … }): generated for every paged operation, with AsPages and includeCount only when asked.")]
    public static IAsyncEnumerable<OrgUserResponse> ListAllOrgUsersAsync(
        this IAtlasOrgUsersClient client,
        string orgId,
        OrgUsersQuery? query = null,
        CancellationToken cancellationToken = default)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        query ??= new OrgUsersQuery();
        var statuses = query.Statuses.Count > 0 ? query.Statuses.ToArray() : null;
        var paging = new AtlasPagingOptions { PageSize = query.PageSize, MaxPages = query.MaxPages, IncludeCount = true };
        return client.ListOrgUsersPageable(orgId, query.Username, statuses, paging, cancellationToken);
    }
}
