#nullable enable
namespace AtlasContract.Client.Paging;

/// <summary>
/// A paged walk reached <see cref="AtlasPagingOptions.MaxPages"/> and the server still had not served its last
/// page (a full page every time, or a <c>totalCount</c> never reached). Part of the <see cref="AtlasException"/>
/// family; <see cref="AtlasException.Operation"/> names the operation walked.
/// </summary>
public sealed class AtlasPagingLimitException : AtlasException
{
    /// <summary>Creates the exception for a walk stopped after <paramref name="pages"/> pages.</summary>
    /// <param name="operation">The operation walked, e.g. <c>listOrgUsers</c>.</param>
    /// <param name="pages">The pages requested before stopping.</param>
    public AtlasPagingLimitException(string operation, int pages)
        : base($"{operation}: stopped after {pages} pages without reaching the last page (raise AtlasPagingOptions.MaxPages if the collection is that large)", operation, null)
        => Pages = pages;

    /// <summary>The pages requested before stopping.</summary>
    public int Pages { get; }
}
