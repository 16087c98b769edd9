#nullable enable
using System;
using System.Collections.Generic;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Migration;

/// <summary>
/// One pending invitation as both Atlas operations can describe it. What only one of them carries is
/// nullable and documented on the property: listOrgUsers has no invitation id and no organization name;
/// listOrgInvites has no user id.
/// </summary>
public sealed class PendingInvitation
{
    /// <summary>Creates an invitation (the implementations of <see cref="IPendingInvitations"/> map Atlas's responses).</summary>
    public PendingInvitation(string username, string orgId, PendingInvitationsApi source)
    {
        Username = username ?? throw new ArgumentNullException(nameof(username));
        OrgId = orgId ?? throw new ArgumentNullException(nameof(orgId));
        Source = source;
    }

    /// <summary>The invited email address (<c>username</c> in both).</summary>
    public string Username { get; }

    /// <summary>
    /// The organization. listOrgInvites: the invitation's <c>orgId</c> (the requested one when absent).
    /// listOrgUsers: items carry no <c>orgId</c>; this is the organization that was asked for.
    /// </summary>
    public string OrgId { get; }

    /// <summary>Which operation served it.</summary>
    public PendingInvitationsApi Source { get; }

    /// <summary>
    /// The invitation's id (listOrgInvites <c>id</c>). <b>Cannot be carried over:</b> listOrgUsers does not expose
    /// invitation ids, so this is null from it. Its <c>id</c> is the invited user's (<see cref="UserId"/>).
    /// </summary>
    public string? InvitationId { get; set; }

    /// <summary>
    /// The pending user's id (listOrgUsers <c>id</c>; what getOrgUser/removeOrgUser take). Null from listOrgInvites,
    /// which names no user.
    /// </summary>
    public string? UserId { get; set; }

    /// <summary>
    /// The id <see cref="IOrgInvitations"/> takes to read, update or cancel this invitation: <see cref="InvitationId"/>
    /// from the invitations API, <see cref="UserId"/> from the users API. It does not carry over from one to the other.
    /// </summary>
    public string? Id => InvitationId ?? UserId;

    /// <summary>
    /// The organization's name (listOrgInvites <c>orgName</c>). <b>Cannot be carried over:</b> null from
    /// listOrgUsers, whose items name no organization (getOrganization returns it).
    /// </summary>
    public string? OrgName { get; set; }

    /// <summary>Who sent the invitation (<c>inviterUsername</c> in both).</summary>
    public string? InviterUsername { get; set; }

    /// <summary>When the invitation was sent: listOrgInvites <c>createdAt</c>, listOrgUsers <c>invitationCreatedAt</c>.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it expires: listOrgInvites <c>expiresAt</c>, listOrgUsers <c>invitationExpiresAt</c> (null for a rejected one).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>PENDING (listOrgInvites lists pending invitations only); from listOrgUsers, the user's status.</summary>
    public OrgMembershipStatus Status { get; set; } = OrgMembershipStatus.Pending;

    /// <summary>Organization roles: listOrgInvites <c>roles</c>, listOrgUsers <c>roles.orgRoles</c>. Unknown roles are kept.</summary>
    public IReadOnlyList<OrganizationRole> OrgRoles { get; set; } = Array.Empty<OrganizationRole>();

    /// <summary>
    /// Project roles, one entry per (project, role): listOrgInvites <c>groupRoleAssignments[{groupId, groupRole}]</c>,
    /// listOrgUsers <c>roles.groupRoleAssignments[{groupId, groupRoles[]}]</c> flattened.
    /// </summary>
    public IReadOnlyList<ProjectRole> ProjectRoles { get; set; } = Array.Empty<ProjectRole>();

    /// <summary>Teams the invitation adds the user to (<c>teamIds</c> in both).</summary>
    public IReadOnlyList<string> TeamIds { get; set; } = Array.Empty<string>();

    /// <summary>Fields of the response that neither shape declares, as Atlas sent them.</summary>
    public IReadOnlyDictionary<string, object> AdditionalProperties { get; set; } = new Dictionary<string, object>();
}

/// <summary>One project role of an invitation.</summary>
public sealed class ProjectRole : IEquatable<ProjectRole>
{
    /// <summary>Creates a (project, role) pair.</summary>
    public ProjectRole(string groupId, string role)
    {
        GroupId = groupId ?? throw new ArgumentNullException(nameof(groupId));
        Role = role ?? throw new ArgumentNullException(nameof(role));
    }

    /// <summary>The project (<c>groupId</c>).</summary>
    public string GroupId { get; }

    /// <summary>The project role, e.g. <c>GROUP_READ_ONLY</c>.</summary>
    public string Role { get; }

    /// <inheritdoc />
    public bool Equals(ProjectRole? other) => other is not null && GroupId == other.GroupId && Role == other.Role;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProjectRole);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(GroupId) ^ StringComparer.Ordinal.GetHashCode(Role);

    /// <inheritdoc />
    public override string ToString() => GroupId + ":" + Role;
}
