#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.UserManagement;
using AtlasContract.Client.V2;
using IAtlasOrgUsersClient = AtlasContract.Client.Users.IAtlasOrgUsersClient;
using OrgUsersQuery = AtlasContract.Client.Users.OrgUsersQuery;

namespace AtlasContract.Client.Migration;

/// <summary>
/// The replacement side of <see cref="IOrgInvitations"/>: the organization users API (listOrgUsers with
/// <c>orgMembershipStatuses=PENDING</c>, getOrgUser, createOrgUser, updateOrgUser, removeOrgUser). An invitation is a
/// pending user; ids are user ids. No invitation id and no organization name exist in this shape.
/// </summary>
public sealed class UsersApiOrgInvitations : IOrgInvitations
{
    private readonly IAtlasUserManagementClient _users;
    private readonly ListOrgUsersPendingInvitations _list;

    /// <summary>Uses the generated users clients; the list walks pages of <paramref name="pageSize"/>, at most <paramref name="maxPages"/>.</summary>
    public UsersApiOrgInvitations(IAtlasUserManagementClient users, IAtlasOrgUsersClient list, int pageSize = OrgUsersQuery.MaxPageSize, int maxPages = 1000)
    {
        _users = users ?? throw new ArgumentNullException(nameof(users));
        _list = new ListOrgUsersPendingInvitations(list, pageSize, maxPages);
    }

    /// <inheritdoc />
    public PendingInvitationsApi Api => PendingInvitationsApi.ListOrgUsers;

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingInvitation>> ListAsync(string orgId, string? username = null, CancellationToken cancellationToken = default) =>
        _list.ListAsync(orgId, username, cancellationToken);

    /// <inheritdoc />
    public async Task<PendingInvitation> GetAsync(string orgId, string id, CancellationToken cancellationToken = default) =>
        ListOrgUsersPendingInvitations.Map(await _users.GetOrgUserAsync(orgId, id, cancellationToken: cancellationToken).ConfigureAwait(false), orgId);

    /// <inheritdoc />
    public async Task<PendingInvitation> InviteAsync(string orgId, NewInvitation invitation, CancellationToken cancellationToken = default)
    {
        if (invitation is null)
        {
            throw new ArgumentNullException(nameof(invitation));
        }

        var body = new OrgUserRequest
        {
            Username = invitation.Username,
            Roles = Roles(invitation.Roles),
            TeamIds = invitation.TeamIds.Count == 0 ? null : invitation.TeamIds.ToList(),
        };
        return ListOrgUsersPendingInvitations.Map(await _users.CreateOrgUserAsync(orgId, body, cancellationToken).ConfigureAwait(false), orgId);
    }

    /// <inheritdoc />
    public async Task<PendingInvitation> UpdateRolesAsync(string orgId, string id, InvitationRoles roles, CancellationToken cancellationToken = default)
    {
        if (roles is null)
        {
            throw new ArgumentNullException(nameof(roles));
        }

        var body = new OrgUserUpdateRequest { Roles = Roles(roles, replace: true) };
        return ListOrgUsersPendingInvitations.Map(await _users.UpdateOrgUserAsync(orgId, id, body, cancellationToken).ConfigureAwait(false), orgId);
    }

    /// <inheritdoc />
    public async Task CancelAsync(string orgId, string id, CancellationToken cancellationToken = default)
    {
        // removeOrgUser also removes members: cancel only what is still an invitation.
        var user = await _users.GetOrgUserAsync(orgId, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        var status = user.OrgMembershipStatus.Value;
        if (user is not OrgPendingUserResponse || user.OrgMembershipStatus != OrgMembershipStatus.Pending)
        {
            throw new InvalidOperationException($"removeOrgUser: user {id} of organization {orgId} is {(status.Length > 0 ? status : "of no status")}, not PENDING: there is no invitation to cancel, and the user was not removed");
        }

        await _users.RemoveOrgUserAsync(orgId, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The roles as the org users API takes them; no project roles are an empty list when they replace the old ones (a PATCH without the field keeps them).</summary>
    private static OrgUserRolesRequest Roles(InvitationRoles roles, bool replace = false)
    {
        var groups = roles.ByProject().Select(g => new GroupRoleAssignment { GroupId = g.GroupId, GroupRoles = g.Roles }).ToList();
        return new OrgUserRolesRequest
        {
            OrgRoles = roles.OrgRoles.ToList(),
            GroupRoleAssignments = groups.Count == 0 && !replace ? null : groups,
        };
    }
}
