#nullable enable
using System;
using System.Collections.Generic;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Users;

/// <summary>
/// What the obsolete <see cref="OrgUsersPaging.ListAllOrgUsersAsync"/> (and <see cref="Migration.ListOrgUsersPendingInvitations"/>)
/// asks listOrgUsers for, and how far it walks; the generated <see cref="IAtlasOrgUsersClient.ListOrgUsersPageable"/> takes
/// the filters as parameters and the paging as <see cref="Paging.AtlasPagingOptions"/>.
/// </summary>
public sealed class OrgUsersQuery
{
    /// <summary>The most items Atlas serves per page (<c>itemsPerPage</c> maximum in the spec).</summary>
    public const int MaxPageSize = 500;

    private int _pageSize = 100;
    private int _maxPages = 1000;

    /// <summary>Only this user (<c>username</c>, an email address); null for all.</summary>
    public string? Username { get; set; }

    /// <summary>
    /// The <c>orgMembershipStatuses</c> filter, sent as one repeated query parameter per value; empty for
    /// Atlas's default (ACTIVE and PENDING).
    /// </summary>
    public IList<OrgMembershipStatus> Statuses { get; } = new List<OrgMembershipStatus>();

    /// <summary><c>itemsPerPage</c>: 1 to 500 (Atlas's default is 100).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1..500.</exception>
    public int PageSize
    {
        get => _pageSize;
        set => _pageSize = value is >= 1 and <= MaxPageSize ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "itemsPerPage is 1 to 500");
    }

    /// <summary>
    /// The most pages one walk requests: a server that never signals its last page (a full page every time, a
    /// <c>totalCount</c> that keeps growing) ends in <see cref="Paging.AtlasPagingLimitException"/> instead of a loop.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int MaxPages
    {
        get => _maxPages;
        set => _maxPages = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "at least one page");
    }

    /// <summary>A query for the pending users (PENDING), i.e. the open invitations.</summary>
    public static OrgUsersQuery PendingUsers(string? username = null)
    {
        var query = new OrgUsersQuery { Username = username };
        query.Statuses.Add(OrgMembershipStatus.Pending);
        return query;
    }
}
