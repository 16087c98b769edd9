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

    /// <summary>Whether <c>includeCount=true</c> is sent (when false, <c>includeCount=false</c> is).</summary>
    public bool IncludeCount { get; }

    /// <summary>
    /// The <c>includeCount</c> argument: always sent, true when asked, else false. Atlas's own default is true
    /// (it counts every page unless told not to), so leaving the parameter out would not spare the count.
    /// </summary>
    public bool? IncludeCountParameter => IncludeCount;
}
