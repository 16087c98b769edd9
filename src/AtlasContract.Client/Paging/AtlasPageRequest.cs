#nullable enable
namespace AtlasContract.Client.Paging;

/// <summary>What one page request of a walk asks for: the generated code maps it onto the operation's parameters.</summary>
public sealed class AtlasPageRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="pageNumber"><c>pageNum</c>, from 1.</param>
    /// <param name="pageSize"><c>itemsPerPage</c>.</param>
    /// <param name="includeCount">Whether <c>includeCount=true</c> is sent.</param>
    public AtlasPageRequest(int pageNumber, int pageSize, bool includeCount)
    {
        PageNumber = pageNumber;
        PageSize = pageSize;
        IncludeCount = includeCount;
    }

    /// <summary><c>pageNum</c>, from 1.</summary>
    public int PageNumber { get; }

    /// <summary><c>itemsPerPage</c>.</summary>
    public int PageSize { get; }

    /// <summary>Whether <c>includeCount=true</c> is sent (when false the parameter is left out).</summary>
    public bool IncludeCount { get; }

    /// <summary>The <c>includeCount</c> argument: true when asked, else null (not sent).</summary>
    public bool? IncludeCountParameter => IncludeCount ? true : null;
}
