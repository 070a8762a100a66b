using Parley.Claims;
using Parley.Reading;
using Parley.Reading.Inputs;
using Parley.Store;

namespace Parley.Ingest;

/// <summary>Reads inputs in parallel, extracts their claims when given an extractor, and stores both through the batched writer.</summary>
public sealed class Ingestor(ArticleReader reader, InputLoader loader, int parallelism = 0, ClaimExtractor? extractor = null)
{
    /// <summary>Ingests every input. Failures are reported through <paramref name="onInputDone"/> and counted; they never stop the batch.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="inputs">The inputs, already expanded.</param>
    /// <param name="onInputDone">Called after each input is read (for progress), with its outcome.</param>
    /// <param name="cancellationToken">Stops reading; what was queued is still committed, so the store stays consistent.</param>
    public async Task<IngestReport> IngestAsync(ParleyStore store, IReadOnlyList<RawInput> inputs, Action<ReadOutcome>? onInputDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        var pipeline = new ReadPipeline(reader, loader, parallelism);
        var writer = new StoreWriter(store);
        var failed = 0;
        var articles = 0;
        IngestTotals totals;
        try
        {
            try
            {
                await foreach (var (outcome, prepared) in pipeline.ReadAsync(inputs, Prepare, cancellationToken).ConfigureAwait(false))
                {
                    if (outcome.Failed)
                    {
                        failed++;
                    }

                    foreach (var article in prepared)
                    {
                        articles++;
                        await writer.WriteAsync(article, CancellationToken.None).ConfigureAwait(false);
                    }

                    onInputDone?.Invoke(outcome);
                }
            }
            catch (OperationCanceledException)
            {
                // Interrupted: commit what is queued, then report.
            }
        }
        finally
        {
            totals = await writer.CompleteAsync().ConfigureAwait(false);
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        return new IngestReport(inputs.Count, failed, articles, totals.Added, totals.Duplicates, totals.JoinedStories, cancellationToken.IsCancellationRequested);
    }

    private (ReadOutcome Outcome, PreparedArticle[] Prepared) Prepare(ReadOutcome outcome)
    {
        var prepared = new PreparedArticle[outcome.Articles.Count];
        for (var i = 0; i < prepared.Length; i++)
        {
            prepared[i] = PreparedArticle.From(outcome.Articles[i], extractor);
        }

        return (outcome, prepared);
    }
}

/// <summary>What an ingest did.</summary>
/// <param name="Inputs">Inputs named or found.</param>
/// <param name="Failed">Inputs that could not be read.</param>
/// <param name="Articles">Articles read.</param>
/// <param name="Added">New documents stored.</param>
/// <param name="Duplicates">Articles already stored.</param>
/// <param name="JoinedStories">New documents grouped with an earlier near-duplicate.</param>
/// <param name="Interrupted">True when the ingest was cancelled part-way.</param>
public sealed record IngestReport(int Inputs, int Failed, int Articles, long Added, long Duplicates, long JoinedStories, bool Interrupted);
