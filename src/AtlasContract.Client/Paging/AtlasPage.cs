#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using AtlasContract.Client.Versioning;

namespace AtlasContract.Client.Paging;

/// <summary>One page of a paged operation (Atlas's <c>results</c>, <c>totalCount</c>), with its own response's metadata.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class AtlasPage<T>
{
    internal AtlasPage(IReadOnlyList<T> values, int pageNumber, int? totalCount, AtlasResponseInfo response)
    {
        Values = values;
        PageNumber = pageNumber;
        TotalCount = totalCount;
        Response = response;
    }

    /// <summary>The items of this page (<c>results</c>), in the order served.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary><c>pageNum</c> of this page, from 1.</summary>
    public int PageNumber { get; }

    /// <summary>Atlas's <c>totalCount</c> (an estimate); null unless <see cref="AtlasPagingOptions.IncludeCount"/> was asked.</summary>
    public int? TotalCount { get; }

    /// <summary>Status, headers, versions and deprecation of this page's response.</summary>
    public AtlasResponseInfo Response { get; }

    /// <summary>
    /// The page a generated <c>…Pageable</c> method builds from its operation's response: <paramref name="values"/>
    /// copied (null is an empty page), <paramref name="totalCount"/> reported only when the request asked for it.
    /// </summary>
    /// <typeparam name="TBody">The operation's response body.</typeparam>
    /// <param name="response">The page's response.</param>
    /// <param name="request">The request that fetched it.</param>
    /// <param name="values">The body's <c>results</c>.</param>
    /// <param name="totalCount">The body's <c>totalCount</c>, if the shape has one.</param>
    /// <returns>The page.</returns>
    public static AtlasPage<T> FromResponse<TBody>(AtlasResponse<TBody> response, AtlasPageRequest request, IEnumerable<T>? values, int? totalCount)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return new AtlasPage<T>((values ?? Enumerable.Empty<T>()).ToList().AsReadOnly(), request.PageNumber, request.IncludeCount ? totalCount : null, response.Info);
    }
}
