#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Consumer.Tests
{
    /// <summary>
    /// A stand-in for Atlas as a consumer writes one: an <see cref="HttpMessageHandler"/> that serves listOrgUsers
    /// from memory, <c>total</c> pending users in pages of the requested <c>itemsPerPage</c>, and records each request.
    /// </summary>
    public sealed class StandInAtlas : HttpMessageHandler
    {
        public const string MediaType = "application/vnd.atlas.2025-02-19+json";

        private readonly int _total;

        public StandInAtlas(int total) => _total = total;

        public List<Uri> Requests { get; } = new List<Uri>();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri ?? throw new InvalidOperationException("no request URI");
            lock (Requests)
            {
                Requests.Add(uri);
            }

            var query = Query(uri);
            var size = int.Parse(query.TryGetValue("itemsPerPage", out var s) ? s : "100");
            var page = int.Parse(query.TryGetValue("pageNum", out var p) ? p : "1");
            var users = Enumerable.Range(1, _total).Skip((page - 1) * size).Take(size).Select(User);
            var count = query.TryGetValue("includeCount", out var c) && c == "true" ? ",\"totalCount\":" + _total : string.Empty;
            var body = "{\"links\":[],\"results\":[" + string.Join(",", users) + "]" + count + "}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, MediaType) });
        }

        public static Dictionary<string, string> Query(Uri uri) =>
            uri.Query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('='))
                .GroupBy(pair => Uri.UnescapeDataString(pair[0]))
                .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.First().Length > 1 ? g.First()[1] : string.Empty));

        private static string User(int n) =>
            "{\"id\":\"" + n.ToString("x24") + "\",\"orgMembershipStatus\":\"PENDING\",\"username\":\"user" + n + "@example.com\"," +
            "\"inviterUsername\":\"owner@example.com\",\"roles\":{\"orgRoles\":[\"ORG_MEMBER\"]}}";
    }
}
