using AtlasContract.Client.V2;
using AtlasContract.Client.Versioning;

namespace AtlasContract.Client.Tests;

/// <summary>A consumer fakes a client in its own tests with what the model factory builds: no HTTP, no internals.</summary>
public class AtlasModelFactoryTests
{
    /// <summary>What a consumer writes: a plain fake of the generated interface.</summary>
    private sealed class FakeInvites(Func<string, AtlasResponse<IReadOnlyList<OrganizationInvitation>>> answer) : IAtlasOrgInvitesClient
    {
        public Task<AtlasResponse<IReadOnlyList<OrganizationInvitation>>> ListOrgInvitesWithResponseAsync(string orgId, string? username = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(answer(orgId));

        public async Task<IReadOnlyList<OrganizationInvitation>> ListOrgInvitesAsync(string orgId, string? username = null, CancellationToken cancellationToken = default) =>
            (await ListOrgInvitesWithResponseAsync(orgId, username, cancellationToken)).Value;
    }

    [Test]
    public async Task Response_FromAFake_CarriesValueAndDeprecation()
    {
        var sunset = new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero);
        IAtlasOrgInvitesClient client = new FakeInvites(_ => AtlasModelFactory.Response<IReadOnlyList<OrganizationInvitation>>(
            [new OrganizationInvitation { Username = "jane@example.com" }],
            AtlasModelFactory.ResponseInfo(operation: "listOrgInvites", requestedVersion: "2023-01-01", deprecation: "true", sunset: sunset)));

        var response = await client.ListOrgInvitesWithResponseAsync(Fixtures.OrgId);

        Assert.That(response.Value.Single().Username, Is.EqualTo("jane@example.com"));
        Assert.That((response.Info.StatusCode, response.Info.IsDeprecated, response.Info.Sunset), Is.EqualTo((200, true, (DateTimeOffset?)sunset)));
        Assert.That(response.Info.DaysToSunset(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero)), Is.EqualTo(30));
    }

    [TestCase(400, typeof(AtlasBadRequestException))]
    [TestCase(401, typeof(AtlasUnauthorizedException))]
    [TestCase(403, typeof(AtlasForbiddenException))]
    [TestCase(404, typeof(AtlasNotFoundException))]
    [TestCase(406, typeof(AtlasVersionNotAcceptableException))]
    [TestCase(410, typeof(AtlasVersionGoneException))]
    [TestCase(429, typeof(AtlasRateLimitedException))]
    [TestCase(503, typeof(AtlasServerException))]
    [TestCase(409, typeof(AtlasApiException))]
    public void ApiException_Status_TheTypedExceptionTheClientThrows(int status, Type expected)
    {
        var exception = AtlasModelFactory.ApiException(status, errorCode: "SOME_CODE", detail: "what happened", operation: "listOrgInvites");

        Assert.That(exception.GetType(), Is.EqualTo(expected));
        Assert.That((exception.StatusCode, exception.ErrorCode, exception.Detail, exception.Operation), Is.EqualTo((status, "SOME_CODE", "what happened", "listOrgInvites")));
        Assert.That(exception.Message, Does.Contain("listOrgInvites").And.Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void ApiException_RateLimited_CarriesRetryAfter()
    {
        var exception = (AtlasRateLimitedException)AtlasModelFactory.ApiException(429, retryAfter: TimeSpan.FromSeconds(7));

        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public async Task ApiException_ThrownByAFake_CaughtAsTheClientsFamily()
    {
        IAtlasOrgInvitesClient client = new FakeInvites(_ => throw AtlasModelFactory.ApiException(404, errorCode: "ORG_NOT_FOUND"));

        var caught = await Assert.ThrowsAsync<AtlasNotFoundException>(() => client.ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(caught, Is.InstanceOf<AtlasException>());
        Assert.That(caught!.ErrorCode, Is.EqualTo("ORG_NOT_FOUND"));
    }

    [Test]
    public void TransportException_Timeout_SaysSo()
    {
        var exception = AtlasModelFactory.TransportException("listOrgInvites", isTimeout: true);

        Assert.That((exception.IsTimeout, exception.Operation), Is.EqualTo((true, "listOrgInvites")));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
    }
}
