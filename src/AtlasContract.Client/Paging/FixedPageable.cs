#nullable enable
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasContract.Client.Paging;

/// <summary>A pageable over pages given up front (<see cref="AtlasModelFactory.Pageable{T}(AtlasPage{T}[])"/>): no request, no page size.</summary>
internal sealed class FixedPageable<T> : AtlasPageable<T>
{
    private readonly IReadOnlyList<AtlasPage<T>> _pages;

    public FixedPageable(IReadOnlyList<AtlasPage<T>> pages) => _pages = pages;

    public override IAsyncEnumerable<AtlasPage<T>> AsPages(int? pageSize = null) => Pages(CancellationToken.None);

    private async IAsyncEnumerable<AtlasPage<T>> Pages([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in _pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return page;
        }
    }
}
