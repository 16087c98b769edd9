#nullable enable
using System;

namespace AtlasContract.Client.Paging;

/// <summary>How a generated <c>…Pageable</c> method walks the pages of its operation.</summary>
public sealed class AtlasPagingOptions
{
    private int? _pageSize;
    private int _maxPages = 1000;

    /// <summary>
    /// <c>itemsPerPage</c> of every request; null for the operation's default (the spec's <c>default</c>, else 100).
    /// Checked against the spec's maximum when the walk starts.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int? PageSize
    {
        get => _pageSize;
        set => _pageSize = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "itemsPerPage is at least 1");
    }

    /// <summary>
    /// The most pages one walk requests: a server that never signals its last page (a full page every time, a
    /// <c>totalCount</c> that keeps growing) ends in <see cref="AtlasPagingLimitException"/> instead of a loop.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int MaxPages
    {
        get => _maxPages;
        set => _maxPages = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "at least one page");
    }

    /// <summary>
    /// Sends <c>includeCount=true</c> with every request and reports <see cref="AtlasPage{T}.TotalCount"/>; off by
    /// default: <c>includeCount=false</c> is sent (Atlas counts unless told not to) and
    /// <see cref="AtlasPage{T}.TotalCount"/> stays null.
    /// </summary>
    public bool IncludeCount { get; set; }
}
