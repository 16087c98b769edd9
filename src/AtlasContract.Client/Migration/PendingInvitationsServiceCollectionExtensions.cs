#nullable enable
using System;
using AtlasContract.Client.Migration;
using AtlasContract.Client.Users;
using AtlasContract.Client.V2;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AtlasContract.Client.DependencyInjection;

/// <summary>Registration of the migration seam <see cref="IPendingInvitations"/>.</summary>
public static class PendingInvitationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPendingInvitations"/>, served by listOrgInvites or listOrgUsers as
    /// <see cref="PendingInvitationsOptions.Api"/> says (also bindable from configuration). The clients come from
    /// <c>AddAtlasInvitationsClient</c>, which must be registered too.
    /// </summary>
    public static IServiceCollection AddAtlasPendingInvitations(this IServiceCollection services, Action<PendingInvitationsOptions>? configure = null)
    {
        if (configure is not null)
        {
            services.Configure(configure);
        }
        else
        {
            services.AddOptions<PendingInvitationsOptions>();
        }

        services.AddTransient<IPendingInvitations>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PendingInvitationsOptions>>().Value;
            return options.Api switch
            {
                PendingInvitationsApi.ListOrgInvites => new ListOrgInvitesPendingInvitations(sp.GetRequiredService<IAtlasOrgInvitesClient>()),
                PendingInvitationsApi.ListOrgUsers => new ListOrgUsersPendingInvitations(sp.GetRequiredService<IAtlasOrgUsersClient>(), options.PageSize, options.MaxPages),
                _ => throw new InvalidOperationException($"PendingInvitationsOptions.Api: unknown value {options.Api}"),
            };
        });
        return services;
    }
}
