#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace AtlasContract.Client.Migration;

/// <summary>Who to invite, with which roles and teams (<see cref="IOrgInvitations.InviteAsync"/>).</summary>
public sealed class NewInvitation
{
    /// <summary>Invites <paramref name="username"/> (an email address) with <paramref name="roles"/>.</summary>
    public NewInvitation(string username, InvitationRoles roles)
    {
        Username = username ?? throw new ArgumentNullException(nameof(username));
        Roles = roles ?? throw new ArgumentNullException(nameof(roles));
    }

    /// <summary>The email address to invite (<c>username</c> in both APIs).</summary>
    public string Username { get; }

    /// <summary>The roles the user gets on accepting.</summary>
    public InvitationRoles Roles { get; }

    /// <summary>Teams the user joins on accepting (<c>teamIds</c> in both APIs).</summary>
    public IReadOnlyList<string> TeamIds { get; set; } = Array.Empty<string>();
}

/// <summary>
/// The roles of an invitation: invitations API <c>roles</c> + <c>groupRoleAssignments[{groupId, roles[]}]</c>,
/// users API <c>roles.orgRoles</c> + <c>roles.groupRoleAssignments[{groupId, groupRoles[]}]</c>.
/// </summary>
public sealed class InvitationRoles
{
    /// <summary>Organization roles and, optionally, project roles (one entry per project and role).</summary>
    public InvitationRoles(IEnumerable<OrganizationRole> orgRoles, IEnumerable<ProjectRole>? projectRoles = null)
    {
        OrgRoles = (orgRoles ?? throw new ArgumentNullException(nameof(orgRoles))).ToList();
        ProjectRoles = (projectRoles ?? Enumerable.Empty<ProjectRole>()).ToList();
    }

    /// <summary>Organization roles; roles Atlas adds later can be sent with <c>new OrganizationRole("…")</c>.</summary>
    public IReadOnlyList<OrganizationRole> OrgRoles { get; }

    /// <summary>Project roles, one entry per (project, role).</summary>
    public IReadOnlyList<ProjectRole> ProjectRoles { get; }

    /// <summary>The project roles grouped by project, in first-seen order: the shape both APIs send.</summary>
    internal IEnumerable<(string GroupId, List<string> Roles)> ByProject() =>
        ProjectRoles.GroupBy(p => p.GroupId, StringComparer.Ordinal).Select(g => (g.Key, g.Select(p => p.Role).ToList()));
}
