using AtlasContract.Client.DependencyInjection;
using AtlasContract.Client.V2;
using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Generated;

public class EnvelopeAndCancellationTests
{
    [Test]
    public async Task ListOrgInvitesAsync_EnvelopeEnabled_SendsEnvelopeTrueAndReturnsTheList()
    {
        var body = $$"""{"status":200,"content":{{Fixtures.Read("v2-invitations.json")}}}""";
        using var server = new LoopbackServer(new CannedResponse(200, body));
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri, UseEnvelope = true });

        var invitations = await client.ListOrgInvitesAsync(Fixtures.OrgId, "a+b@example.com");

        Assert.That(server.Single.Query, Is.EqualTo("username=a%2Bb%40example.com&envelope=true"));
        Assert.That(invitations.Single().Username, Is.EqualTo("hello@example.com"));
    }

    [Test]
    public async Task ListOrgInvitesAsync_EnvelopedError_ThrowsTheTypedException()
    {
        using var server = new LoopbackServer(new CannedResponse(200, """{"status":404,"content":{"error":404,"errorCode":"RESOURCE_NOT_FOUND","reason":"Not Found"}}"""));
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri, UseEnvelope = true });

        var ex = await Assert.CatchAsync<AtlasNotFoundException>(() => client.ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.ErrorCode, Is.EqualTo("RESOURCE_NOT_FOUND"));
    }

    [Test]
    public async Task ListOrgInvitesAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var server = new LoopbackServer(_ => { Thread.Sleep(2000); return new CannedResponse(200, "[]"); });
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = server.BaseUri });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.CatchAsync<OperationCanceledException>(() => client.ListOrgInvitesAsync(Fixtures.OrgId, cancellationToken: cancel.Token));
    }

    [Test]
    public async Task ListOrgInvitesAsync_Timeout_ThrowsTransportExceptionMarkedTimeoutNamingTheOperation()
    {
        using var server = new LoopbackServer(_ => { Thread.Sleep(2000); return new CannedResponse(200, "[]"); });
        var client = new AtlasOrgInvitesClient(new HttpClient { Timeout = TimeSpan.FromMilliseconds(150) }, new AtlasClientOptions { BaseAddress = server.BaseUri });

        var ex = await Assert.CatchAsync<AtlasTransportException>(() => client.ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex!.IsTimeout, Is.True);
        Assert.That(ex.Operation, Is.EqualTo("listOrgInvites"));
        Assert.That(ex.Message, Does.StartWith("listOrgInvites: GET ").And.Contain("timed out"));
        Assert.That(ex.InnerException, Is.InstanceOf<TaskCanceledException>());
    }

    [Test]
    public async Task ListOrgInvitesAsync_NothingListening_ThrowsTransportExceptionNamingTheOperation()
    {
        var closed = new LoopbackServer(new CannedResponse(200, "[]"));
        var address = closed.BaseUri;
        closed.Dispose();
        var client = new AtlasOrgInvitesClient(new HttpClient(), new AtlasClientOptions { BaseAddress = address });

        var ex = await Assert.CatchAsync<AtlasException>(() => client.ListOrgInvitesAsync(Fixtures.OrgId));

        Assert.That(ex, Is.InstanceOf<AtlasTransportException>().With.Property(nameof(AtlasTransportException.IsTimeout)).False);
        Assert.That(ex!.Operation, Is.EqualTo("listOrgInvites"));
        Assert.That(ex.InnerException, Is.InstanceOf<HttpRequestException>());
    }
}
