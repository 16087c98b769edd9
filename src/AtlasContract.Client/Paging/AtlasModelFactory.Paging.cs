#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using AtlasContract.Client.Paging;
using AtlasContract.Client.Versioning;

namespace AtlasContract.Client;

/// <summary>The paging part of the model factory: pages and pageables for a fake of a generated <c>…Pageable</c> method.</summary>
public static partial class AtlasModelFactory
{
    /// <summary>One page, as a generated <c>…Pageable</c> method serves it.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="values">The page's items (<c>results</c>).</param>
    /// <param name="pageNumber"><c>pageNum</c>, from 1.</param>
    /// <param name="totalCount"><c>totalCount</c>, as reported when <c>includeCount</c> was asked; null otherwise.</param>
    /// <param name="response">The page's response metadata (default: a plain 200).</param>
    /// <returns>The page.</returns>
    public static AtlasPage<T> Page<T>(IEnumerable<T> values, int pageNumber = 1, int? totalCount = null, AtlasResponseInfo? response = null) =>
        new((values ?? throw new ArgumentNullException(nameof(values))).ToList().AsReadOnly(), pageNumber, totalCount, response ?? ResponseInfo());

    /// <summary>A pageable serving <paramref name="pages"/> in order (<c>AsPages</c> ignores its page size), sending nothing.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="pages">The pages.</param>
    /// <returns>The pageable.</returns>
    public static AtlasPageable<T> Pageable<T>(params AtlasPage<T>[] pages) =>
        new FixedPageable<T>((pages ?? throw new ArgumentNullException(nameof(pages))).ToList().AsReadOnly());

    /// <summary>A pageable serving <paramref name="values"/> in pages of <paramref name="pageSize"/> (numbered from 1), sending nothing.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="values">Every item.</param>
    /// <param name="pageSize">Items per page.</param>
    /// <returns>The pageable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is below 1.</exception>
    public static AtlasPageable<T> Pageable<T>(IEnumerable<T> values, int pageSize = 100)
    {
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "at least one item per page");
        }

        var all = (values ?? throw new ArgumentNullException(nameof(values))).ToList();
        var pages = Enumerable.Range(0, Math.Max(1, (all.Count + pageSize - 1) / pageSize))
            .Select(i => Page(all.Skip(i * pageSize).Take(pageSize), i + 1))
            .ToArray();
        return Pageable(pages);
    }
}
