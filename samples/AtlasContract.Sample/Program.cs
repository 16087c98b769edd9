// Lists the pending invitations of an Atlas organization with the generated client.
//   With MONGODB_ATLAS_CLIENT_ID/_SECRET (or MONGODB_ATLAS_PUBLIC_KEY/_PRIVATE_KEY) and MONGODB_ATLAS_ORG_ID:
//   against Atlas. Without them: against a local stand-in (pact stub serving contract-tests/pacts) on 127.0.0.1.
//   dotnet run --project samples/AtlasContract.Sample
using AtlasContract.Client;
using AtlasContract.Client.Auth;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V2;
using AtlasContract.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var credentials = AtlasCredentials.FromEnvironment();
var orgId = Environment.GetEnvironmentVariable("MONGODB_ATLAS_ORG_ID");
PactStub? stub = null;
if (credentials is null || string.IsNullOrEmpty(orgId))
{
    orgId = "32b6e34b3d91647abb20e7b8";
    stub = await PactStub.StartAsync($"organization {orgId} has pending invitations");
    Console.WriteLine($"No Atlas credentials in the environment: using the local stand-in (pact stub) at {stub.BaseAddress}");
}

try
{
    var services = new ServiceCollection()
        .AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
        .AddAtlasInvitationsClient(options =>
        {
            options.Credentials = stub is null ? credentials : null;
            options.BaseAddress = stub?.BaseAddress ?? options.BaseAddress;
            options.UserAgent = "AtlasContract.Sample/0.1";
            options.Retry.Enabled = true;
        });
    await using var provider = services.BuildServiceProvider();
    var client = provider.GetRequiredService<IAtlasOrgInvitesClient>();

    var invitations = await client.ListOrgInvitesAsync(orgId);

    Console.WriteLine($"{invitations.Count} pending invitation(s) in organization {orgId}:");
    foreach (var invitation in invitations)
    {
        Console.WriteLine($"  {invitation.Username,-32} roles {string.Join(",", invitation.Roles ?? []),-24} invited by {invitation.InviterUsername} on {invitation.CreatedAt:yyyy-MM-dd}, expires {invitation.ExpiresAt:yyyy-MM-dd}");
    }

    if (client is AtlasClientBase { LastResponse: { } info })
    {
        Console.WriteLine($"served version {info.ServedVersion ?? "-"}{(info.IsDeprecated ? $", deprecated, sunset {info.Sunset:yyyy-MM-dd}" : string.Empty)}");
    }

    return 0;
}
catch (AtlasApiException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
finally
{
    stub?.Dispose();
}
