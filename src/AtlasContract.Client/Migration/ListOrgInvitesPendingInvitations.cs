#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AtlasContract.Client.V2;

namespace AtlasContract.Client.Migration;

/// <summary>The legacy side of the seam: the deprecated listOrgInvites, one request, mapped field by field.</summary>
public sealed class ListOrgInvitesPendingInvitations : IPendingInvitations
{
    private readonly IAtlasOrgInvitesClient _client;

    /// <summary>Uses the generated listOrgInvites client.</summary>
    public ListOrgInvitesPendingInvitations(IAtlasOrgInvitesClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <inheritdoc />
    public PendingInvitationsApi Api => PendingInvitationsApi.ListOrgInvites;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingInvitation>> ListAsync(string orgId, string? username = null, CancellationToken cancellationToken = default)
    {
#pragma warning disable CS0618 // the legacy side of the seam calls the deprecated operation on purpose
        var invitations = await _client.ListOrgInvitesAsync(orgId, username, cancellationToken).ConfigureAwait(false);
#pragma warning restore CS0618
        return invitations.Select(i => Map(i, orgId)).ToList();
    }

    internal static PendingInvitation Map(OrganizationInvitation invitation, string requestedOrgId) =>
        new(invitation.Username ?? string.Empty, invitation.OrgId ?? requestedOrgId, PendingInvitationsApi.ListOrgInvites)
        {
            InvitationId = invitation.Id,
            OrgName = invitation.OrgName,
            InviterUsername = invitation.InviterUsername,
            CreatedAt = invitation.CreatedAt,
            ExpiresAt = invitation.ExpiresAt,
            OrgRoles = invitation.Roles?.ToList() ?? new List<OrganizationRole>(),
            ProjectRoles = (invitation.GroupRoleAssignments ?? new List<InvitationGroupRole>())
                .Where(g => g.GroupId is not null && g.GroupRole is not null)
                .Select(g => new ProjectRole(g.GroupId!, g.GroupRole!))
                .ToList(),
            TeamIds = invitation.TeamIds?.ToList() ?? new List<string>(),
            AdditionalProperties = new Dictionary<string, object>(invitation.AdditionalProperties),
        };
}
