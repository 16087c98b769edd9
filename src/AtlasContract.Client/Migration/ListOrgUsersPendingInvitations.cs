#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.Paging;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Migration;

/// <summary>
/// The replacement side of the seam: listOrgUsers with <c>orgMembershipStatuses=PENDING</c>, every page, each
/// pending user mapped to the invitation it stands for. No invitation id and no organization name exist in
/// this shape (see <see cref="PendingInvitation.InvitationId"/>, <see cref="PendingInvitation.OrgName"/>).
/// </summary>
public sealed class ListOrgUsersPendingInvitations : IPendingInvitations
{
    private readonly IAtlasOrgUsersClient _client;
    private readonly int _pageSize;
    private readonly int _maxPages;

    /// <summary>Uses the generated listOrgUsers client; pages of <paramref name="pageSize"/>, at most <paramref name="maxPages"/>.</summary>
    public ListOrgUsersPendingInvitations(IAtlasOrgUsersClient client, int pageSize = OrgUsersQuery.MaxPageSize, int maxPages = 1000)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        var probe = new OrgUsersQuery { PageSize = pageSize, MaxPages = maxPages };
        (_pageSize, _maxPages) = (probe.PageSize, probe.MaxPages);
    }

    /// <inheritdoc />
    public PendingInvitationsApi Api => PendingInvitationsApi.ListOrgUsers;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingInvitation>> ListAsync(string orgId, string? username = null, CancellationToken cancellationToken = default)
    {
        var paging = new AtlasPagingOptions { PageSize = _pageSize, MaxPages = _maxPages, IncludeCount = true };
        var result = new List<PendingInvitation>();
        var users = _client.ListOrgUsersPageable(orgId, username, new[] { OrgMembershipStatus.Pending }, paging, cancellationToken);
        await foreach (var user in users.ConfigureAwait(false))
        {
            // The filter asks for PENDING; a server (or a stand-in) that still sends others is not trusted blindly.
            if (user is OrgPendingUserResponse pending && user.OrgMembershipStatus == OrgMembershipStatus.Pending)
            {
                result.Add(Map(pending, orgId));
            }
        }

        return result;
    }

    /// <summary>Any user as an invitation: the invitation's dates exist only on pending users (and their subclasses).</summary>
    internal static PendingInvitation Map(OrgUserResponse user, string orgId)
    {
        var pending = user as OrgPendingUserResponse;
        return new PendingInvitation(user.Username, orgId, PendingInvitationsApi.ListOrgUsers)
        {
            UserId = user.Id,
            InviterUsername = pending?.InviterUsername,
            CreatedAt = pending?.InvitationCreatedAt,
            ExpiresAt = pending?.InvitationExpiresAt,
            Status = user.OrgMembershipStatus,
            OrgRoles = user.Roles?.OrgRoles?.ToList() ?? new List<OrganizationRole>(),
            ProjectRoles = (user.Roles?.GroupRoleAssignments ?? new List<GroupRoleAssignment>())
                .Where(g => g.GroupId is not null)
                .SelectMany(g => (g.GroupRoles ?? new List<string>()).Select(role => new ProjectRole(g.GroupId!, role)))
                .ToList(),
            TeamIds = user.TeamIds?.ToList() ?? new List<string>(),
            AdditionalProperties = new Dictionary<string, object>(user.AdditionalProperties),
        };
    }
}
