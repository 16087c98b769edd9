#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.Migration;

/// <summary>
/// The pending invitations of an organization, whichever Atlas operation serves them: the deprecated
/// listOrgInvites (<see cref="ListOrgInvitesPendingInvitations"/>) or its replacement listOrgUsers with
/// <c>orgMembershipStatuses=PENDING</c> (<see cref="ListOrgUsersPendingInvitations"/>). Code written against this
/// interface moves from one to the other by one option (<see cref="PendingInvitationsOptions.Api"/>).
/// </summary>
public interface IPendingInvitations
{
    /// <summary>Which Atlas operation this implementation calls.</summary>
    PendingInvitationsApi Api { get; }

    /// <summary>Every pending invitation of <paramref name="orgId"/> (all pages), optionally only <paramref name="username"/>'s.</summary>
    /// <exception cref="AtlasException">Atlas answered with an error, the call failed, or a walk over pages never ended.</exception>
    Task<IReadOnlyList<PendingInvitation>> ListAsync(string orgId, string? username = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// The Atlas API behind <see cref="IPendingInvitations"/> and <see cref="IOrgInvitations"/>: the list operation it
/// names, and for <see cref="IOrgInvitations"/> the rest of the same API.
/// </summary>
public enum PendingInvitationsApi
{
    /// <summary>
    /// <c>GET /api/atlas/v2/orgs/{orgId}/invites</c> (2023-01-01) and the invitations API (getOrgInvite, createOrgInvite,
    /// updateOrgInviteById, deleteOrgInvite), deprecated, sunset 2027-07-01.
    /// </summary>
    ListOrgInvites,

    /// <summary>
    /// <c>GET /api/atlas/v2/orgs/{orgId}/users?orgMembershipStatuses=PENDING</c> (2025-02-19), every page, and the
    /// organization users API (getOrgUser, createOrgUser, updateOrgUser, removeOrgUser).
    /// </summary>
    ListOrgUsers,
}
