#nullable enable
using System;
using System.Collections.Generic;

namespace AtlasContract.Client.Users;

/// <summary>
/// A paginated walk reached <see cref="OrgUsersQuery.MaxPages"/> and the server still had not served its last
/// page. Part of the <see cref="AtlasApiException"/> family; <see cref="AtlasApiException.StatusCode"/> is the
/// status of the last page (200).
/// </summary>
public sealed class AtlasPagingLimitException : AtlasApiException
{
    /// <summary>Creates the exception for a walk stopped after <paramref name="pages"/> pages.</summary>
    public AtlasPagingLimitException(string operation, int pages)
        : base($"{operation}: stopped after {pages} pages without reaching the last page (raise OrgUsersQuery.MaxPages if the organization is that large)", 200, null, new Dictionary<string, IEnumerable<string>>(), null)
    {
        Operation = operation;
        Pages = pages;
    }

    /// <summary>The operation walked, e.g. <c>listOrgUsers</c>.</summary>
    public string Operation { get; }

    /// <summary>The pages requested before stopping.</summary>
    public int Pages { get; }
}
