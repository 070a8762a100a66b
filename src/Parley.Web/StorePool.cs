using System.Collections.Concurrent;
using Parley.Store;

namespace Parley.Web;

/// <summary>A few open read connections to the store, reused across requests so SQLite's page cache stays warm; one request uses one at a time.</summary>
internal sealed class StorePool : IDisposable
{
    private readonly ConcurrentBag<ParleyStore> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly string _path;
    private bool _disposed;

    public StorePool(string path, int size)
    {
        _path = path;
        _slots = new SemaphoreSlim(size, size);

        // Open (and create or migrate) once up front, so a bad store fails at start, not on the first request.
        _idle.Add(ParleyStore.Open(path));
    }

    /// <summary>Waits for a free connection and lends it until the lease is disposed.</summary>
    public async ValueTask<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new Lease(this, _idle.TryTake(out var store) ? store : ParleyStore.Open(_path));
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Runs a query on a lent connection.</summary>
    public async ValueTask<T> WithStoreAsync<T>(Func<ParleyStore, T> query, CancellationToken cancellationToken)
    {
        using var lease = await RentAsync(cancellationToken).ConfigureAwait(false);
        return query(lease.Store);
    }

    private void Return(ParleyStore store)
    {
        if (_disposed)
        {
            store.Dispose();
            return;
        }

        _idle.Add(store);
        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }

        _slots.Dispose();
    }

    /// <summary>A lent connection.</summary>
    internal readonly struct Lease(StorePool pool, ParleyStore store) : IDisposable
    {
        public ParleyStore Store { get; } = store;

        public void Dispose() => pool.Return(Store);
    }
}
