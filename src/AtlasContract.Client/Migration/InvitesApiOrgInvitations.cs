#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.OrgInvitations;
using AtlasContract.Client.V2;

#pragma warning disable CS0618 // the legacy side of the seam calls the deprecated invitation operations on purpose

namespace AtlasContract.Client.Migration;

/// <summary>
/// The legacy side of <see cref="IOrgInvitations"/>: the deprecated invitations API (listOrgInvites, getOrgInvite,
/// createOrgInvite, updateOrgInviteById, deleteOrgInvite; sunset 2027-07-01). Ids are invitation ids.
/// </summary>
public sealed class InvitesApiOrgInvitations : IOrgInvitations
{
    private readonly IAtlasOrgInvitationsClient _invitations;
    private readonly ListOrgInvitesPendingInvitations _list;

    /// <summary>Uses the generated invitation clients: one invitation at a time, and the list.</summary>
    public InvitesApiOrgInvitations(IAtlasOrgInvitationsClient invitations, IAtlasOrgInvitesClient list)
    {
        _invitations = invitations ?? throw new ArgumentNullException(nameof(invitations));
        _list = new ListOrgInvitesPendingInvitations(list);
    }

    /// <inheritdoc />
    public PendingInvitationsApi Api => PendingInvitationsApi.ListOrgInvites;

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingInvitation>> ListAsync(string orgId, string? username = null, CancellationToken cancellationToken = default) =>
        _list.ListAsync(orgId, username, cancellationToken);

    /// <inheritdoc />
    public async Task<PendingInvitation> GetAsync(string orgId, string id, CancellationToken cancellationToken = default) =>
        ListOrgInvitesPendingInvitations.Map(await _invitations.GetOrgInviteAsync(orgId, id, cancellationToken).ConfigureAwait(false), orgId);

    /// <inheritdoc />
    public async Task<PendingInvitation> InviteAsync(string orgId, NewInvitation invitation, CancellationToken cancellationToken = default)
    {
        if (invitation is null)
        {
            throw new ArgumentNullException(nameof(invitation));
        }

        var body = new OrganizationInvitationRequest
        {
            Username = invitation.Username,
            Roles = invitation.Roles.OrgRoles.ToList(),
            GroupRoleAssignments = GroupRoles(invitation.Roles),
            TeamIds = invitation.TeamIds.Count == 0 ? null : invitation.TeamIds.ToList(),
        };
        return ListOrgInvitesPendingInvitations.Map(await _invitations.CreateOrgInviteAsync(orgId, body, cancellationToken).ConfigureAwait(false), orgId);
    }

    /// <inheritdoc />
    public async Task<PendingInvitation> UpdateRolesAsync(string orgId, string id, InvitationRoles roles, CancellationToken cancellationToken = default)
    {
        if (roles is null)
        {
            throw new ArgumentNullException(nameof(roles));
        }

        var body = new OrganizationInvitationUpdateRequest
        {
            Roles = roles.OrgRoles.ToList(),
            GroupRoleAssignments = GroupRoles(roles, replace: true),
        };
        return ListOrgInvitesPendingInvitations.Map(await _invitations.UpdateOrgInviteByIdAsync(orgId, id, body, cancellationToken).ConfigureAwait(false), orgId);
    }

    /// <inheritdoc />
    public Task CancelAsync(string orgId, string id, CancellationToken cancellationToken = default) =>
        _invitations.DeleteOrgInviteAsync(orgId, id, cancellationToken);

    /// <summary>
    /// Project roles as the invitations API takes them. None is no field when inviting, but an empty list when
    /// updating: a PATCH without the field would keep the old project roles, and the update replaces them.
    /// </summary>
    private static List<OrganizationInvitationGroupRoleAssignmentsRequest>? GroupRoles(InvitationRoles roles, bool replace = false)
    {
        var groups = roles.ByProject().Select(g => new OrganizationInvitationGroupRoleAssignmentsRequest { GroupId = g.GroupId, Roles = g.Roles }).ToList();
        return groups.Count == 0 && !replace ? null : groups;
    }
}
