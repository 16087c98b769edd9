using System.Net;
using System.Text;
using System.Web;
using AtlasContract.Client.Tests.Users;

namespace AtlasContract.Client.Tests.Paging;

/// <summary>
/// A stand-in listOrgUsers behind an <see cref="HttpMessageHandler"/>: users 1..total in pages of the requested
/// <c>itemsPerPage</c>, <c>totalCount</c> when asked (or always, or never); records every request URI.
/// </summary>
internal sealed class PagingHandler(int total, PagingHandler.Count count = PagingHandler.Count.WhenAsked) : HttpMessageHandler
{
    public enum Count
    {
        WhenAsked,
        Always,
        Never,
    }

    public List<Uri> Requests { get; } = [];

    /// <summary>Called before each page is answered (the test cancels or blocks here).</summary>
    public Func<int, CancellationToken, Task>? BeforeAnswer { get; init; }

    /// <summary>The <c>totalCount</c> sent, when it is not the real total (Atlas's is an estimate).</summary>
    public int? ReportedTotal { get; init; }

    /// <summary>Serves a full page every time, whatever the page number (a server that never ends).</summary>
    public bool Endless { get; init; }

    public static int PageNum(Uri uri) => int.Parse(HttpUtility.ParseQueryString(uri.Query)["pageNum"]!);

    public static string? Query(Uri uri, string name) => HttpUtility.ParseQueryString(uri.Query)[name];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request.RequestUri!);
        var size = int.Parse(Query(request.RequestUri!, "itemsPerPage") ?? "100");
        var page = PageNum(request.RequestUri!);
        if (BeforeAnswer is { } before)
        {
            await before(page, cancellationToken);
        }

        var users = Endless ? Enumerable.Range(1, size) : Enumerable.Range(1, total).Skip((page - 1) * size).Take(size);
        var sendCount = count == Count.Always || (count == Count.WhenAsked && Query(request.RequestUri!, "includeCount") == "true");
        var body = OrgUsersTestServer.Page(users, sendCount ? ReportedTotal ?? total : null);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, OrgUsersTestServer.MediaType) };
    }
}
