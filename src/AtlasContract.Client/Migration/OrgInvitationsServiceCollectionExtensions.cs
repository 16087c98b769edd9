#nullable enable
using System;
using AtlasContract.Client.Migration;
using AtlasContract.Client.OrgInvitations;
using AtlasContract.Client.UserManagement;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>Registration of the migration seam for the whole invitation workflow, <see cref="IOrgInvitations"/>.</summary>
public static class OrgInvitationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IOrgInvitations"/> and <see cref="IPendingInvitations"/> (unless already registered), both
    /// served by the invitations API or the organization users API as <see cref="PendingInvitationsOptions.Api"/> says
    /// (one option for both; also bindable from configuration). The generated clients come from <c>AddAtlasClients</c>,
    /// which must be registered too.
    /// </summary>
    public static IServiceCollection AddAtlasOrgInvitations(this IServiceCollection services, Action<PendingInvitationsOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is not null)
        {
            services.Configure(configure);
        }
        else
        {
            services.AddOptions<PendingInvitationsOptions>();
        }

        services.TryAddTransient<IOrgInvitations>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PendingInvitationsOptions>>().Value;
            return options.Api switch
            {
                PendingInvitationsApi.ListOrgInvites => new InvitesApiOrgInvitations(sp.GetRequiredService<IAtlasOrgInvitationsClient>(), sp.GetRequiredService<IAtlasOrgInvitesClient>()),
                PendingInvitationsApi.ListOrgUsers => new UsersApiOrgInvitations(sp.GetRequiredService<IAtlasUserManagementClient>(), sp.GetRequiredService<IAtlasOrgUsersClient>(), options.PageSize, options.MaxPages),
                _ => throw new InvalidOperationException($"PendingInvitationsOptions.Api: unknown value {options.Api}"),
            };
        });
        services.TryAddTransient<IPendingInvitations>(sp => sp.GetRequiredService<IOrgInvitations>());
        return services;
    }
}
