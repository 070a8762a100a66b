using System.Collections.Concurrent;
using System.Globalization;
using Parley.Store;

namespace Parley.Web;

/// <summary>Remembers the answers of the heavier read queries until the store changes: an ingest job of this server ends, or any writer (a <c>parley ingest</c> beside the server) adds a document.</summary>
internal sealed class QueryCache(StorePool pool, DataVersion version, ServerOptions options)
{
    /// <summary>The most answers kept; past it the cache starts afresh.</summary>
    public const int Capacity = 128;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The cached answer for the key if the store has not changed since, else runs the query on a lent connection and keeps its answer.</summary>
    public async ValueTask<T> GetAsync<T>(string key, Func<ParleyStore, T> query, CancellationToken cancellationToken)
        where T : class
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        if (!options.CacheAnswers)
        {
            return query(lease.Store);
        }

        var stamp = Stamp(lease.Store);
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp && entry.Value is T cached)
        {
            return cached;
        }

        var value = query(lease.Store);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(stamp, value);
        return value;
    }

    /// <summary>What identifies the store's contents: this server's ingest count and the newest document id (documents are only ever added).</summary>
    private string Stamp(ParleyStore store)
    {
        return string.Create(CultureInfo.InvariantCulture, $"{version.Value}:{store.NewestDocumentId()}");
    }

    private sealed record Entry(string Stamp, object Value);
}
