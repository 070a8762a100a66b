using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Parley.Claims;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;
using Parley.Store;

namespace Parley.Web.Ingest;

/// <summary>Runs ingest jobs one after another in the background, each with its own write connection, and keeps the last jobs' progress for polling.</summary>
internal sealed class IngestQueue(ServerOptions options, DataVersion version) : BackgroundService
{
    /// <summary>Finished jobs kept for polling.</summary>
    private const int Kept = 100;

    private readonly Channel<IngestJob> _queue = Channel.CreateUnbounded<IngestJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly Lazy<ClaimExtractor> _extractor = new(() => ReferenceEquals(options.Codebook, Codebooks.Codebook.Default) ? ClaimExtractor.Default : ClaimExtractor.Create(options.Codebook));

    /// <summary>Accepts a job; it runs after those before it.</summary>
    public IngestJob Enqueue(IngestJob job)
    {
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        while (_order.Count > Kept && _order.TryPeek(out var oldest) && _jobs.TryGetValue(oldest, out var old) && old.State is IngestState.Done or IngestState.Failed)
        {
            _order.TryDequeue(out _);
            _jobs.TryRemove(oldest, out _);
        }

        if (!_queue.Writer.TryWrite(job))
        {
            job.State = IngestState.Failed;
            job.Message = "the server is stopping";
            Cleanup(job);
        }

        return job;
    }

    public IngestJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    public IReadOnlyList<IngestJob> Recent() => [.. _order.Select(Find).OfType<IngestJob>().Reverse()];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: jobs still queued are dropped with their uploads.
        }
        finally
        {
            while (_queue.Reader.TryRead(out var job))
            {
                Cleanup(job);
            }
        }
    }

    private async Task RunAsync(IngestJob job, CancellationToken stoppingToken)
    {
        job.State = IngestState.Running;
        try
        {
            using var store = ParleyStore.Open(options.Db);
            using var loader = new InputLoader(options.MaxFileBytes);
            var ingestor = new Ingestor(ArticleReader.Default, loader, extractor: _extractor.Value);
            job.Report = await ingestor.IngestAsync(store, job.Inputs, job.InputDone, stoppingToken).ConfigureAwait(false);
            job.State = IngestState.Done;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            job.Message = "the store could not be written; what was stored before the error stays";
            job.State = IngestState.Failed;
            options.Log?.Invoke($"parley: ingest job {job.Id}: {e.Message}");
        }
        finally
        {
            job.Finished = DateTimeOffset.UtcNow;
            version.Changed();
            Cleanup(job);
        }
    }

    private static void Cleanup(IngestJob job)
    {
        if (job.Folder is not null && Directory.Exists(job.Folder))
        {
            try
            {
                Directory.Delete(job.Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder; the system cleans it.
            }
        }
    }

    public override void Dispose()
    {
        _queue.Writer.TryComplete();
        base.Dispose();
    }
}
