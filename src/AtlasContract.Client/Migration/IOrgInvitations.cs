#nullable enable
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.Migration;

/// <summary>
/// The whole invitation workflow of an organization (list pending, read one, invite, change roles, cancel), whichever
/// Atlas API serves it: the deprecated invitations API (<see cref="InvitesApiOrgInvitations"/>: listOrgInvites,
/// getOrgInvite, createOrgInvite, updateOrgInviteById, deleteOrgInvite; sunset 2027-07-01) or the organization users
/// API that replaces it (<see cref="UsersApiOrgInvitations"/>: listOrgUsers, getOrgUser, createOrgUser,
/// updateOrgUser, removeOrgUser). Code written against this interface moves from one to the other by one option,
/// <see cref="PendingInvitationsOptions.Api"/>, the same that serves <see cref="IPendingInvitations"/>.
/// </summary>
/// <remarks>
/// An invitation is named by <see cref="PendingInvitation.Id"/>: the invitation's id on the invitations API, the
/// pending user's id on the users API. Ids do not carry over: after flipping the option, list again before you
/// read, update or cancel one by an id kept from before.
/// </remarks>
public interface IOrgInvitations : IPendingInvitations
{
    /// <summary>The invitation <paramref name="id"/> (<see cref="PendingInvitation.Id"/>).</summary>
    /// <exception cref="AtlasException">Atlas answered with an error (<see cref="AtlasNotFoundException"/> for an unknown id) or the call failed.</exception>
    Task<PendingInvitation> GetAsync(string orgId, string id, CancellationToken cancellationToken = default);

    /// <summary>Invites <see cref="NewInvitation.Username"/> with the given roles and teams; returns the pending invitation.</summary>
    /// <exception cref="AtlasException">Atlas answered with an error or the call failed.</exception>
    Task<PendingInvitation> InviteAsync(string orgId, NewInvitation invitation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the organization and project roles of the invitation <paramref name="id"/>; returns it as it is now.
    /// On the users API the id is a user's: if the invitation was accepted meanwhile, the member's roles are replaced
    /// (the invitations API answers 404 instead); check <see cref="PendingInvitation.Status"/> first where that matters.
    /// </summary>
    /// <exception cref="AtlasException">Atlas answered with an error or the call failed.</exception>
    Task<PendingInvitation> UpdateRolesAsync(string orgId, string id, InvitationRoles roles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels the invitation <paramref name="id"/>. On the users API the user is read first: one who already accepted
    /// (not PENDING) is left in place and <see cref="System.InvalidOperationException"/> is thrown. Atlas offers no
    /// conditional delete, so a user who accepts between that read and the delete is removed.
    /// </summary>
    /// <exception cref="AtlasException">Atlas answered with an error or the call failed.</exception>
    /// <exception cref="System.InvalidOperationException">Users API: the user is no longer pending.</exception>
    Task CancelAsync(string orgId, string id, CancellationToken cancellationToken = default);
}
