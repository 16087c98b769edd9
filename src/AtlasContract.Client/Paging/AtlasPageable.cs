#nullable enable
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.Paging;

/// <summary>
/// Every item of a paged Atlas operation (<c>itemsPerPage</c>/<c>pageNum</c> in, <c>results</c>/<c>totalCount</c>
/// out), as an <see cref="IAsyncEnumerable{T}"/>; <see cref="AsPages"/> walks page by page. Nothing is requested
/// until it is enumerated, and each enumeration walks again from page 1. The walk ends after a page with fewer
/// items than asked for (an empty page included; <c>totalCount</c>, an estimate, never ends it); it stops with
/// <see cref="AtlasPagingLimitException"/> after <see cref="AtlasPagingOptions.MaxPages"/> pages. Cancellation is
/// checked before every page and passed to each request. Returned by the generated <c>…Pageable</c> methods; a
/// test double is built with <see cref="AtlasModelFactory.Pageable{T}(AtlasPage{T}[])"/> or a subclass (the
/// protected constructor) that overrides <see cref="AsPages"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public class AtlasPageable<T> : IAsyncEnumerable<T>
{
    private const int FallbackPageSize = 100;

    private readonly string _operation = string.Empty;
    private readonly Func<AtlasPageRequest, CancellationToken, Task<AtlasPage<T>>>? _fetchPage;
    private readonly int? _pageSize;
    private readonly int _maxPages;
    private readonly bool _includeCount;
    private readonly int _defaultPageSize;
    private readonly int? _maxPageSize;
    private readonly CancellationToken _cancellationToken;

    /// <summary>For mocking: a subclass overrides <see cref="AsPages"/>.</summary>
    protected AtlasPageable()
    {
    }

    /// <summary>A walk over <paramref name="fetchPage"/> (what the generated <c>…Pageable</c> methods build).</summary>
    /// <param name="operation">The operationId walked, e.g. <c>listOrgUsers</c> (named by <see cref="AtlasPagingLimitException"/>).</param>
    /// <param name="fetchPage">Requests one page.</param>
    /// <param name="options">Page size, page cap, <c>includeCount</c> (read once, here).</param>
    /// <param name="defaultPageSize">The operation's default <c>itemsPerPage</c> (the spec's <c>default</c>); null for 100.</param>
    /// <param name="maxPageSize">The operation's largest <c>itemsPerPage</c> (the spec's <c>maximum</c>); null for none.</param>
    /// <param name="cancellationToken">Cancels every walk of this pageable (besides the enumerator's own token).</param>
    public AtlasPageable(string operation, Func<AtlasPageRequest, CancellationToken, Task<AtlasPage<T>>> fetchPage, AtlasPagingOptions? options = null, int? defaultPageSize = null, int? maxPageSize = null, CancellationToken cancellationToken = default)
    {
        _operation = operation ?? throw new ArgumentNullException(nameof(operation));
        _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        _pageSize = options?.PageSize;
        _maxPages = options?.MaxPages ?? new AtlasPagingOptions().MaxPages;
        _includeCount = options?.IncludeCount ?? false;
        _defaultPageSize = defaultPageSize is >= 1 ? defaultPageSize.Value : FallbackPageSize;
        _maxPageSize = maxPageSize;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The pages, one request each, as they arrive.</summary>
    /// <param name="pageSize"><c>itemsPerPage</c>; null for <see cref="AtlasPagingOptions.PageSize"/>, else the operation's default.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1 or above the operation's maximum.</exception>
    /// <exception cref="NotSupportedException">A subclass built with the protected constructor did not override this method.</exception>
    public virtual IAsyncEnumerable<AtlasPage<T>> AsPages(int? pageSize = null)
    {
        if (_fetchPage is null)
        {
            throw new NotSupportedException($"{GetType().Name} was built with the protected constructor: override AsPages");
        }

        var size = pageSize ?? _pageSize ?? Math.Min(_defaultPageSize, _maxPageSize ?? int.MaxValue);
        if (size < 1 || size > _maxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), size, $"{_operation}: itemsPerPage is 1 to {_maxPageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}");
        }

        return Walk(_fetchPage, size, CancellationToken.None);
    }

    /// <summary>Every item of every page, in order.</summary>
    /// <param name="cancellationToken">Cancels the walk (checked before every page, passed to each request).</param>
    /// <returns>The enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The last page: fewer items than asked for (an empty page included). <c>totalCount</c> never ends the walk:
    /// Atlas documents it as an estimate, and a low one would drop items silently.
    /// </summary>
    internal static bool IsLastPage(int count, int pageSize) => count < pageSize;

    private async IAsyncEnumerable<AtlasPage<T>> Walk(Func<AtlasPageRequest, CancellationToken, Task<AtlasPage<T>>> fetchPage, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken);
        var token = linked.Token;
        for (var pageNumber = 1; ; pageNumber++)
        {
            token.ThrowIfCancellationRequested();
            if (pageNumber > _maxPages)
            {
                throw new AtlasPagingLimitException(_operation, _maxPages);
            }

            var page = await fetchPage(new AtlasPageRequest(pageNumber, pageSize, _includeCount), token).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{_operation}: page {pageNumber} was null");
            yield return page;
            if (IsLastPage(page.Values.Count, pageSize))
            {
                yield break;
            }
        }
    }
}
