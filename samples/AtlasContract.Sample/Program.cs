// Lists the pending invitations of an Atlas organization with the generated client.
//   dotnet run --project samples/AtlasContract.Sample [-- --host URL] [--token-url URL] [--org ORG_ID]
//   Host:      --host, else MONGODB_ATLAS_BASE_URL, else https://cloud.mongodb.com (a proxy or a stand-in works too).
//   Token:     --token-url, else MONGODB_ATLAS_TOKEN_URL, else api/oauth/token under the host.
//   Org:       --org, else MONGODB_ATLAS_ORG_ID.
//   Credentials: MONGODB_ATLAS_CLIENT_ID/_SECRET (service account) or MONGODB_ATLAS_PUBLIC_KEY/_PRIVATE_KEY (API key).
//   Without credentials, org and host: a local stand-in (pact stub serving contract-tests/pacts) on 127.0.0.1.
// Every failure ends in one line on stderr: exit 1 when Atlas or the network failed, 2 for bad options, 3 otherwise.
using AtlasContract.Client;
using AtlasContract.Client.Auth;
using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.Resilience;
using AtlasContract.Client.V2;
using AtlasContract.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

PactStub? stub = null;
try
{
    var options = SampleOptions.Parse(args);
    var credentials = AtlasCredentials.FromEnvironment();
    var orgId = options.OrgId;
    var host = options.Host;
    if (host is null && (credentials is null || orgId is null))
    {
        orgId ??= "32b6e34b3d91647abb20e7b8";
        stub = await PactStub.StartAsync($"organization {orgId} has pending invitations");
        credentials = null;
        host = stub.BaseAddress;
        Console.WriteLine($"No Atlas credentials, org or host given: using the local stand-in (pact stub) at {host}");
    }

    if (orgId is null)
    {
        throw new SampleUsageException("no organization: pass --org ORG_ID or set MONGODB_ATLAS_ORG_ID");
    }

    var services = new ServiceCollection()
        // The client's own warnings (deprecation, once per operation and version); retries are not logged line by line.
        .AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter((category, level) => level >= LogLevel.Warning && category?.StartsWith("AtlasContract", StringComparison.Ordinal) == true))
        .AddAtlasInvitationsClient(
            o =>
            {
                o.Credentials = credentials;
                o.BaseAddress = host ?? o.BaseAddress;
                o.TokenUrl = options.TokenUrl;
                o.UserAgent = "AtlasContract.Sample/0.1";
            },
            http => http.AddAtlasResilience());
    await using var provider = services.BuildServiceProvider();
    var client = provider.GetRequiredService<IAtlasOrgInvitesClient>();

    var response = await client.ListOrgInvitesWithResponseAsync(orgId);

    var invitations = response.Value;
    Console.WriteLine($"{invitations.Count} pending invitation(s) in organization {orgId}:");
    foreach (var invitation in invitations)
    {
        Console.WriteLine($"  {invitation.Username,-32} roles {string.Join(",", invitation.Roles ?? []),-24} invited by {invitation.InviterUsername} on {invitation.CreatedAt:yyyy-MM-dd}, expires {invitation.ExpiresAt:yyyy-MM-dd}");
    }

    var info = response.Info;
    Console.WriteLine($"served version {info.ServedVersion ?? "-"}{(info.IsDeprecated ? $", deprecated, sunset {info.Sunset:yyyy-MM-dd} ({info.DaysToSunset(DateTimeOffset.UtcNow)} days left)" : string.Empty)}");
    return 0;
}
catch (AtlasException ex)
{
    return Fail(ex.Message, 1);
}
catch (Exception ex) when (ex is SampleUsageException or ArgumentException or UriFormatException)
{
    return Fail(ex.Message, 2);
}
catch (Exception ex)
{
    return Fail($"{ex.GetType().Name}: {ex.Message}", 3);
}
finally
{
    stub?.Dispose();
}

static int Fail(string message, int exit)
{
    Console.Error.WriteLine("error: " + string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    return exit;
}
