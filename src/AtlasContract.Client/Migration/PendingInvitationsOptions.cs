#nullable enable
namespace AtlasContract.Client.Migration;

/// <summary>The one switch of the migration seam (<c>AddAtlasOrgInvitations</c>, <c>AddAtlasPendingInvitations</c>).</summary>
public sealed class PendingInvitationsOptions
{
    /// <summary>Which API serves <see cref="IOrgInvitations"/> and <see cref="IPendingInvitations"/>; the invitations API until a team flips it.</summary>
    public PendingInvitationsApi Api { get; set; } = PendingInvitationsApi.ListOrgInvites;

    /// <summary>listOrgUsers only: <c>itemsPerPage</c> of each page (1 to 500).</summary>
    public int PageSize { get; set; } = Users.OrgUsersQuery.MaxPageSize;

    /// <summary>listOrgUsers only: the most pages one call walks.</summary>
    public int MaxPages { get; set; } = 1000;
}
