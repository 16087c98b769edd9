using AtlasContract.Tests.Shared;

namespace AtlasContract.Client.Tests.Transport;

public class AtlasHttpClientTests
{
    [Test]
    public async Task Dispose_ImplicitlyConverted_LeavesTheCallersHttpClientUsable()
    {
        using var server = new LoopbackServer(new CannedResponse(200, "[]"));
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using (AtlasHttpClient wrapper = http)
        {
            Assert.That(wrapper.HttpClient, Is.SameAs(http));
        }

        using var response = await http.GetAsync(new Uri("/still-mine", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200), "the caller's client was not disposed");
    }

    [Test]
    public async Task Dispose_OwnershipHandedOver_DisposesTheHttpClient()
    {
        var http = new HttpClient();

        new AtlasHttpClient(http, disposeHttpClient: true).Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => http.GetAsync(new Uri("http://127.0.0.1:9/")));
    }
}
